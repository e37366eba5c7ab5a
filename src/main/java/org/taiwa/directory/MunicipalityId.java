package org.taiwa.directory;

import java.util.regex.Pattern;

/** Stable id of a municipality: a lower-case slug of its English name, e.g. {@code minato}. */
public record MunicipalityId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]*");

    public MunicipalityId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("not a municipality id: " + value);
        }
    }

    /** {@code "Toshima (island)"} becomes {@code toshima-island}. */
    public static MunicipalityId fromEnglishName(String nameEn) {
        String slug = nameEn.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return new MunicipalityId(slug);
    }

    @Override
    public String toString() {
        return value;
    }
}
