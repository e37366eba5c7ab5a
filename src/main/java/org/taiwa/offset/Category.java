package org.taiwa.offset;

import java.util.Arrays;
import java.util.Optional;

/** The categories of an event's emissions, in the order of the Ministry of the Environment's event guidance. */
public enum Category {
    ELECTRICITY("electricity"), CITY_GAS("city_gas"), FUEL("fuel"), TRAVEL("travel"),
    ACCOMMODATION("accommodation"), CATERING("catering"), PAPER("paper"), WASTE("waste");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Category> parse(String code) {
        return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
    }
}
