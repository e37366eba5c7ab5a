package org.taiwa.discussion.internal;

import java.util.Objects;

/**
 * A member or a municipality named in a post with {@code @}.
 *
 * @param key     the username, or the municipality's id (e.g. {@code minato})
 * @param written what followed the {@code @} in the text (e.g. {@code 港区} or {@code staff.minato})
 */
public record Mention(Kind kind, String key, String written) {

    public enum Kind { MEMBER, MUNICIPALITY }

    public Mention {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank() || written == null || written.isEmpty()) {
            throw new IllegalArgumentException("a mention needs a key and the text written");
        }
    }
}
