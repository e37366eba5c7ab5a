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
 * @param versions the texts it had before each edit, oldest first
 */
@Document("posts")
public record PostDocument(@Id String id, @Indexed String threadId, String parentId, String author,
                           String municipality, String body, String bodyHtml, Instant createdAt, Instant editedAt,
                           boolean deleted, List<PostVersion> versions) {

    public static final String THREAD_ID = "threadId";
    public static final String BODY = "body";
    public static final String BODY_HTML = "bodyHtml";
    public static final String EDITED_AT = "editedAt";
    public static final String DELETED = "deleted";
    public static final String VERSIONS = "versions";

    /** An earlier text of a post and when it was written. */
    public record PostVersion(String body, Instant writtenAt) {
    }

    public static PostDocument of(Post p) {
        return new PostDocument(p.id().value(), p.thread().value(), p.parentId() == null ? null : p.parentId().value(),
                p.author(), p.municipality(), p.body(), p.bodyHtml(), p.createdAt(), p.editedAt(), p.deleted(),
                List.of());
    }

    public Post toPost() {
        return new Post(new PostId(id), new ThreadId(threadId), parentId == null ? null : new PostId(parentId), author,
                municipality, body, bodyHtml, createdAt, editedAt, deleted);
    }

    public List<PostVersion> history() {
        return versions == null ? List.of() : versions;
    }
}
