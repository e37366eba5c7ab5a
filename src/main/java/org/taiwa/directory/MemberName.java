package org.taiwa.directory;

import java.util.Optional;

/**
 * What any signed-in member may know of another: the name to write after an {@code @}, the display name
 * and the municipality (no e-mail, no roles).
 */
public record MemberName(String username, String displayName, Optional<MunicipalityId> municipality) {

    public MemberName {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
