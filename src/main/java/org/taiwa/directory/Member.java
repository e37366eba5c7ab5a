package org.taiwa.directory;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A member's profile, created at their first sign-in and updated at each later one.
 *
 * @param municipality the member's municipality; empty for academics and the secretariat, or
 *                     when the identity provider names a municipality the directory does not know
 * @param language     the language the member chose for the portal
 */
public record Member(String username, String displayName, String email, Optional<MunicipalityId> municipality,
                     Set<String> roles, Locale language, Instant firstSignIn, Instant lastSignIn) {

    public Member {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        roles = Set.copyOf(roles);
    }
}
