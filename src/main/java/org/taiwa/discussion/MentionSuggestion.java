package org.taiwa.discussion;

import java.util.Objects;

/**
 * A member or municipality offered while a member types {@code @}.
 *
 * @param handle what to write after the {@code @}: a username or a municipality's Japanese name
 * @param label  how to show it: display name and username, or the municipality's names
 */
public record MentionSuggestion(Kind kind, String handle, String label) {

    public enum Kind { MEMBER, MUNICIPALITY }

    public MentionSuggestion {
        Objects.requireNonNull(kind, "kind");
        if (handle == null || handle.isBlank()) {
            throw new IllegalArgumentException("a suggestion needs a handle");
        }
        label = Objects.requireNonNullElse(label, handle);
    }
}
