package org.taiwa.discussion.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.ReactionKind;
import org.taiwa.discussion.Reactions;
import org.taiwa.discussion.ThreadId;

/**
 * A post as stored in the {@code posts} collection: one document per post, linked to its parent.
 *
 * @param versions                the texts it had before each edit, oldest first
 * @param mentionedUsernames      members named with {@code @} in the current text
 * @param mentionedMunicipalities ids of municipalities named with {@code @} in the current text
 * @param reactions               reaction kind name to the usernames that reacted so, each kept by
 *                                {@code $addToSet}/{@code $pull} on this one document
 */
@Document("posts")
public record PostDocument(@Id String id, @Indexed String threadId, String parentId, String author,
                           String municipality, String body, String bodyHtml, Instant createdAt, Instant editedAt,
                           boolean deleted, List<PostVersion> versions, List<String> mentionedUsernames,
                           List<String> mentionedMunicipalities, Map<String, List<String>> reactions) {

    public static final String THREAD_ID = "threadId";
    public static final String BODY = "body";
    public static final String BODY_HTML = "bodyHtml";
    public static final String EDITED_AT = "editedAt";
    public static final String DELETED = "deleted";
    public static final String VERSIONS = "versions";
    public static final String MENTIONED_USERNAMES = "mentionedUsernames";
    public static final String MENTIONED_MUNICIPALITIES = "mentionedMunicipalities";
    public static final String REACTIONS = "reactions";

    /** An earlier text of a post and when it was written. */
    public record PostVersion(String body, Instant writtenAt) {
    }

    public static PostDocument of(Post p) {
        return new PostDocument(p.id().value(), p.thread().value(), p.parentId() == null ? null : p.parentId().value(),
                p.author(), p.municipality(), p.body(), p.bodyHtml(), p.createdAt(), p.editedAt(), p.deleted(),
                List.of(), List.of(), List.of(), Map.of());
    }

    public Post toPost() {
        return new Post(new PostId(id), new ThreadId(threadId), parentId == null ? null : new PostId(parentId), author,
                municipality, body, bodyHtml, createdAt, editedAt, deleted);
    }

    public List<PostVersion> history() {
        return versions == null ? List.of() : versions;
    }

    /** The path of one reaction kind's usernames, for {@code $addToSet} and {@code $pull}. */
    public static String reactionPath(ReactionKind kind) {
        return REACTIONS + "." + kind.name();
    }

    /** Who reacted how; none on a deleted post, whose reactions are kept but no longer shown. */
    public Reactions toReactions() {
        return deleted ? Reactions.NONE : Reactions.of(reactions);
    }
}
