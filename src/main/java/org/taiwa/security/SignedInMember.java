package org.taiwa.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in, as the identity provider says.
 *
 * @param municipality the Japanese name of the member's municipality, empty for members of no
 *                     municipality (academics, the secretariat)
 */
public record SignedInMember(String username, String displayName, String email, Optional<String> municipality,
                             Set<Role> roles) {

    public SignedInMember {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        email = Objects.requireNonNullElse(email, "");
        municipality = municipality.filter(m -> !m.isBlank());
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
