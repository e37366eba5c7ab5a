package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

/**
 * Text a member is writing but has not sent, kept on the server so that it survives a reload.
 *
 * @param title the title of a new thread; empty for a reply
 */
public record Draft(DraftKey key, String title, String body, Instant savedAt) {

    public Draft {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(savedAt, "savedAt");
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
    }
}
