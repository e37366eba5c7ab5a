package org.taiwa.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.taiwa.library.DocumentId;

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
 * @param attachments  the library documents attached to it, by id, oldest first (whether the reader may open
 *                     them is asked when they are shown: {@link PostAttachments})
 */
public record Post(PostId id, ThreadId thread, PostId parentId, String author, String municipality, String body,
                   String bodyHtml, Instant createdAt, Instant editedAt, boolean deleted, boolean hidden,
                   String hiddenReason, List<DocumentId> attachments) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(createdAt, "createdAt");
        municipality = Objects.requireNonNullElse(municipality, "");
        hiddenReason = hidden ? Objects.requireNonNullElse(hiddenReason, "") : "";
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A post without attached documents. */
    public Post(PostId id, ThreadId thread, PostId parentId, String author, String municipality, String body,
                String bodyHtml, Instant createdAt, Instant editedAt, boolean deleted, boolean hidden,
                String hiddenReason) {
        this(id, thread, parentId, author, municipality, body, bodyHtml, createdAt, editedAt, deleted, hidden,
                hiddenReason, List.of());
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
                hiddenReason, List.of());
    }
}
