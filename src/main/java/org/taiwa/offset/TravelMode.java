package org.taiwa.offset;

import java.util.Arrays;
import java.util.Optional;

/** How participants travel to an event; the codes are the API's and the factor items'. */
public enum TravelMode {
    RAIL("rail"), SUBWAY("subway"), BUS("bus"), CAR("car"), TAXI("taxi"), AIR("air"), WALK_BICYCLE("walk_bicycle");

    private final String code;

    TravelMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TravelMode> parse(String code) {
        return Arrays.stream(values()).filter(mode -> mode.code.equals(code)).findFirst();
    }
}
