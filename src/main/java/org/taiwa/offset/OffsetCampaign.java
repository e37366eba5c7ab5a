package org.taiwa.offset;

import java.util.Objects;

/** An open joint-purchase campaign as the calculator shows it: a title and the price of a credit (1 t-CO2). */
public record OffsetCampaign(String id, String title, long pricePerTonneYen) {

    public OffsetCampaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
