package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

/**
 * One post of a thread.
 *
 * @param parentId     the post it answers; null for the opening post
 * @param municipality Japanese name of the author's municipality, empty for academics and the secretariat
 * @param body         the Markdown the author wrote
 * @param bodyHtml     the sanitised HTML rendered from it, safe to show
 * @param editedAt     null until the author edits it
 */
public record Post(PostId id, ThreadId thread, PostId parentId, String author, String municipality, String body,
                   String bodyHtml, Instant createdAt, Instant editedAt, boolean deleted) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(createdAt, "createdAt");
        municipality = Objects.requireNonNullElse(municipality, "");
    }

    public boolean isOpening() {
        return parentId == null;
    }
}
