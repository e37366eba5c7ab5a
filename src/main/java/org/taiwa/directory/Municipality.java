package org.taiwa.directory;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One of the 62 municipalities of Tokyo.
 *
 * @param position place in the official order of the list (1–62)
 */
public record Municipality(
        MunicipalityId id,
        int position,
        String nameJa,
        String nameEn,
        MunicipalityKind kind,
        Region region,
        Set<Participation> participation) {

    public Municipality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("a municipality needs a Japanese and an English name");
        }
        if (!nameJa.endsWith(kind.suffixJa())) {
            throw new IllegalArgumentException(nameJa + " is not a " + kind.code());
        }
        participation = Set.copyOf(participation);
    }

    public boolean tookPartIn(Participation what) {
        return participation.contains(what);
    }

    /** The name in the given language: English for English, Japanese otherwise. */
    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
