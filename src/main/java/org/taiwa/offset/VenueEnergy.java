package org.taiwa.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The venue's electricity when it was not metered: floor area × hours × an energy intensity. The intensity
 * is shown beside the result so that the organiser sees what was assumed.
 */
public final class VenueEnergy {

    /**
     * kWh per m² and hour of use. An estimate: Japanese office and public buildings use about 100–250 kWh per m²
     * and year over some 2,000–3,000 hours of use; 0.1 lies in that range. Metered figures are always better.
     */
    public static final BigDecimal DEFAULT_INTENSITY = new BigDecimal("0.1");

    private VenueEnergy() {
    }

    public static BigDecimal kwh(BigDecimal floorAreaM2, BigDecimal hours, BigDecimal intensity) {
        return floorAreaM2.multiply(hours).multiply(intensity).setScale(1, RoundingMode.HALF_UP);
    }
}
