package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

/**
 * One post of a thread.
 *
 * @param parentId     the post it answers; null for the opening post
 * @param municipality Japanese name of the author's municipality, empty for academics and the secretariat
 * @param body         the Markdown the author wrote; empty where the reader may not see it (deleted, or hidden)
 * @param bodyHtml     the sanitised HTML rendered from it, safe to show
 * @param editedAt     null until the author edits it
 * @param hidden       hidden by a moderator: it keeps its place, readers see {@code hiddenReason} instead of
 *                     the text, its author and the moderators still see the text
 * @param hiddenReason why it was hidden; empty unless hidden
 */
public record Post(PostId id, ThreadId thread, PostId parentId, String author, String municipality, String body,
                   String bodyHtml, Instant createdAt, Instant editedAt, boolean deleted, boolean hidden,
                   String hiddenReason) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(createdAt, "createdAt");
        municipality = Objects.requireNonNullElse(municipality, "");
        hiddenReason = hidden ? Objects.requireNonNullElse(hiddenReason, "") : "";
    }

    /** A post that no moderator has hidden. */
    public Post(PostId id, ThreadId thread, PostId parentId, String author, String municipality, String body,
                String bodyHtml, Instant createdAt, Instant editedAt, boolean deleted) {
        this(id, thread, parentId, author, municipality, body, bodyHtml, createdAt, editedAt, deleted, false, "");
    }

    public boolean isOpening() {
        return parentId == null;
    }

    /**
     * Whether replies may go under it: not under a deleted post, nor under a hidden reply (a hidden opening
     * post hides the thread's text, not the thread).
     */
    public boolean takesReplies() {
        return !deleted && !(hidden && !isOpening());
    }

    /** The same post without its text, for a reader who may not see it. */
    public Post withoutText() {
        return new Post(id, thread, parentId, author, municipality, "", "", createdAt, editedAt, deleted, hidden,
                hiddenReason);
    }
}
