package org.taiwa.discussion.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.ThreadId;

/**
 * A post as stored in the {@code posts} collection: one document per post, linked to its parent.
 *
 * @param versions     the texts it had before each edit, oldest first
 * @param hidden       hidden by a moderator; the four hidden fields change together in one update
 * @param hiddenReason the moderator's reason, shown to readers instead of the text
 * @param hiddenBy     the moderator's username
 * @param changeSeq    the position of its last change in {@code Sequences.CHANGES}, set by the same update
 *                     as the change (what the search index follows); null only on posts written before it
 */
@Document("posts")
public record PostDocument(@Id String id, @Indexed String threadId, String parentId, String author,
                           String municipality, String body, String bodyHtml, Instant createdAt, Instant editedAt,
                           boolean deleted, List<PostVersion> versions, boolean hidden, String hiddenReason,
                           String hiddenBy, Instant hiddenAt, @Indexed Long changeSeq) {

    public static final String THREAD_ID = "threadId";
    public static final String BODY = "body";
    public static final String BODY_HTML = "bodyHtml";
    public static final String EDITED_AT = "editedAt";
    public static final String DELETED = "deleted";
    public static final String VERSIONS = "versions";
    public static final String PARENT_ID = "parentId";
    public static final String HIDDEN = "hidden";
    public static final String HIDDEN_REASON = "hiddenReason";
    public static final String HIDDEN_BY = "hiddenBy";
    public static final String HIDDEN_AT = "hiddenAt";
    public static final String CHANGE_SEQ = "changeSeq";

    /** An earlier text of a post and when it was written. */
    public record PostVersion(String body, Instant writtenAt) {
    }

    /** A new post as its author wrote it, with its sanitised HTML. */
    public static PostDocument written(String id, String threadId, String parentId, String author, String municipality,
                                       String markdown, Instant at) {
        return new PostDocument(id, threadId, parentId, author, municipality, markdown,
                MarkdownRenderer.toSafeHtml(markdown), at, null, false, List.of(), false, "", null, null, null);
    }

    /** The same post carrying the change position of its insert. */
    public PostDocument stamped(long seq) {
        return new PostDocument(id, threadId, parentId, author, municipality, body, bodyHtml, createdAt, editedAt,
                deleted, versions, hidden, hiddenReason, hiddenBy, hiddenAt, seq);
    }

    public static PostDocument of(Post p) {
        return new PostDocument(p.id().value(), p.thread().value(), p.parentId() == null ? null : p.parentId().value(),
                p.author(), p.municipality(), p.body(), p.bodyHtml(), p.createdAt(), p.editedAt(), p.deleted(),
                List.of(), p.hidden(), p.hiddenReason(), null, null, null);
    }

    public Post toPost() {
        return new Post(new PostId(id), new ThreadId(threadId), parentId == null ? null : new PostId(parentId), author,
                municipality, body, bodyHtml, createdAt, editedAt, deleted, hidden, hiddenReason);
    }

    public List<PostVersion> history() {
        return versions == null ? List.of() : versions;
    }
}
