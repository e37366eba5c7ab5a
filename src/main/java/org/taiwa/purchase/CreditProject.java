package org.taiwa.purchase;

import java.util.List;
import java.util.Objects;

/**
 * A source of offset credits, e.g. the forest-absorption J-VER of 釜石地方森林組合 / 釜石市. Prices are yen per
 * tonne; {@code taxIncluded} says whether the price includes consumption tax.
 */
public record CreditProject(String id, String issuer, String scheme, String methodology, String location,
                            int vintage, long certifiedTonnes, long availableTonnes, long pricePerTonneYen,
                            boolean taxIncluded, String description, List<String> documentIds) {

    public CreditProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(scheme, "scheme");
        methodology = methodology == null ? "" : methodology;
        location = location == null ? "" : location;
        description = description == null ? "" : description;
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        if (certifiedTonnes < 0 || availableTonnes < 0 || availableTonnes > certifiedTonnes || pricePerTonneYen < 0) {
            throw new IllegalArgumentException("tonnes and price of a project cannot be negative, nor more available"
                    + " than certified");
        }
    }
}
