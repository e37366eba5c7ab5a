package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

/**
 * One member's stated position on a proposal.
 *
 * @param municipality Japanese name of the member's municipality, empty for members without one
 * @param reason       empty when none was given
 */
public record Position(String username, String municipality, Stance stance, String reason, Instant at) {

    /** The longest reason one may give. */
    public static final int MAX_REASON = 2_000;

    public Position {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a position needs a username");
        }
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(at, "at");
        municipality = Objects.requireNonNullElse(municipality, "");
        reason = Objects.requireNonNullElse(reason, "");
    }
}
