package org.taiwa.directory;

import java.util.Optional;

/**
 * Which municipalities a list shows. Empty parts do not filter.
 *
 * @param text part of the Japanese or English name, matched case-insensitively
 */
public record MunicipalityFilter(Optional<Region> region, Optional<MunicipalityKind> kind,
                                 Optional<Participation> participation, String text) {

    public static final MunicipalityFilter ALL =
            new MunicipalityFilter(Optional.empty(), Optional.empty(), Optional.empty(), "");

    public MunicipalityFilter {
        text = text == null ? "" : text.strip();
    }

    public MunicipalityFilter withRegion(Region value) {
        return new MunicipalityFilter(Optional.ofNullable(value), kind, participation, text);
    }

    public MunicipalityFilter withKind(MunicipalityKind value) {
        return new MunicipalityFilter(region, Optional.ofNullable(value), participation, text);
    }

    public MunicipalityFilter withParticipation(Participation value) {
        return new MunicipalityFilter(region, kind, Optional.ofNullable(value), text);
    }

    public MunicipalityFilter withText(String value) {
        return new MunicipalityFilter(region, kind, participation, value);
    }

    /** True if the municipality passes every part of the filter. */
    public boolean matches(Municipality m) {
        return region.map(r -> r == m.region()).orElse(true)
                && kind.map(k -> k == m.kind()).orElse(true)
                && participation.map(m::tookPartIn).orElse(true)
                && (text.isEmpty() || m.nameJa().contains(text)
                    || m.nameEn().toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT)));
    }
}
