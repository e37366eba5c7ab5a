package org.taiwa.search;

import java.util.List;

/**
 * Counts of the hits by one property, most frequent first.
 *
 * @param name {@code kind}, {@code type}, {@code year}, {@code municipality}, {@code space}, {@code model} or
 *             {@code stage}
 */
public record Facet(String name, List<Value> values) {

    /** The names in the order pages show them. */
    public static final List<String> NAMES = List.of("kind", "type", "year", "municipality", "space", "model",
            "stage");

    public Facet {
        values = List.copyOf(values);
    }

    /** One value and how many hits have it. */
    public record Value(String value, int count) {
    }
}
