package org.taiwa.library;

import java.util.Objects;

/**
 * A discussion thread shown beside documents.
 *
 * @param path the UI route of the thread, e.g. {@code threads/abc}
 */
public record DiscussionLink(String threadId, String title, String spaceNameJa, String spaceNameEn, String path) {

    public DiscussionLink {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(path, "path");
        title = Objects.requireNonNullElse(title, "");
        spaceNameJa = Objects.requireNonNullElse(spaceNameJa, "");
        spaceNameEn = Objects.requireNonNullElse(spaceNameEn, spaceNameJa);
    }
}
