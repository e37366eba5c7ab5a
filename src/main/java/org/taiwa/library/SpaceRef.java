package org.taiwa.library;

import java.util.Locale;
import java.util.Objects;

import org.taiwa.security.policy.SpacePolicy;

/**
 * A discussion space as the library needs to know it: its names, and what {@code DocumentPolicy} needs
 * to decide who reads a members-only document of it.
 */
public record SpaceRef(String id, String nameJa, String nameEn, SpacePolicy.Space policy) {

    public SpaceRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(policy, "policy");
        nameJa = Objects.requireNonNullElse(nameJa, id);
        nameEn = nameEn == null || nameEn.isBlank() ? nameJa : nameEn;
    }

    public String name(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
