package org.taiwa.discussion.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.ReactionKind;
import org.taiwa.discussion.Reactions;
import org.taiwa.discussion.ThreadId;
import org.taiwa.library.DocumentId;

/**
 * A post as stored in the {@code posts} collection: one document per post, linked to its parent.
 *
 * @param versions                the texts it had before each edit, oldest first
 * @param hidden                  hidden by a moderator; the four hidden fields change together in one update
 * @param hiddenReason            the moderator's reason, shown to readers instead of the text
 * @param hiddenBy                the moderator's username
 * @param mentionedUsernames      members named with {@code @} in the current text
 * @param mentionedMunicipalities ids of municipalities named with {@code @} in the current text
 * @param attachments             ids of library documents the author attached
 * @param reactions               reaction kind name to the usernames that reacted so, each kept by
 *                                {@code $addToSet}/{@code $pull} on this one document
 * @param changeSeq               the position of its last change in {@code Sequences.CHANGES}, set by the same
 *                                update as the change (what the search index follows); null only on older posts
 */
@Document("posts")
public record PostDocument(@Id String id, @Indexed String threadId, String parentId, String author,
                           String municipality, String body, String bodyHtml, Instant createdAt, Instant editedAt,
                           boolean deleted, List<PostVersion> versions,
                           // posts stored before moderation have no such field: they are not hidden
                           @Value("#root.hidden ?: false") boolean hidden, String hiddenReason,
                           String hiddenBy, Instant hiddenAt, List<String> mentionedUsernames,
                           List<String> mentionedMunicipalities, Map<String, List<String>> reactions, List<String> attachments,
                           @Indexed Long changeSeq) {

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
    public static final String MENTIONED_USERNAMES = "mentionedUsernames";
    public static final String MENTIONED_MUNICIPALITIES = "mentionedMunicipalities";
    public static final String REACTIONS = "reactions";
    public static final String ATTACHMENTS = "attachments";
    public static final String CHANGE_SEQ = "changeSeq";

    /** An earlier text of a post and when it was written. */
    public record PostVersion(String body, Instant writtenAt) {
    }

    /** A new post as its author wrote it, with its sanitised HTML (no mentions marked). */
    public static PostDocument written(String id, String threadId, String parentId, String author, String municipality,
                                       String markdown, Instant at) {
        return written(id, threadId, parentId, author, municipality, markdown,
                MarkdownRenderer.render(markdown, MentionTargets.NONE), at);
    }

    /** A new post as its author wrote it, rendered with its mentions. */
    public static PostDocument written(String id, String threadId, String parentId, String author, String municipality,
                                       String markdown, MarkdownRenderer.Rendered rendered, Instant at) {
        return new PostDocument(id, threadId, parentId, author, municipality, markdown, rendered.html(), at, null,
                false, List.of(), false, "", null, null, rendered.keys(Mention.Kind.MEMBER),
                rendered.keys(Mention.Kind.MUNICIPALITY), Map.of(), List.of(), null);
    }

    /** The same post carrying the change position of its insert. */
    public PostDocument stamped(long seq) {
        return new PostDocument(id, threadId, parentId, author, municipality, body, bodyHtml, createdAt, editedAt,
                deleted, versions, hidden, hiddenReason, hiddenBy, hiddenAt, mentionedUsernames,
                mentionedMunicipalities, reactions, attachments, seq);
    }

    public static PostDocument of(Post p) {
        return new PostDocument(p.id().value(), p.thread().value(), p.parentId() == null ? null : p.parentId().value(),
                p.author(), p.municipality(), p.body(), p.bodyHtml(), p.createdAt(), p.editedAt(), p.deleted(),
                List.of(), p.hidden(), p.hiddenReason(), null, null, List.of(), List.of(), Map.of(), List.of(), null);
    }

    public Post toPost() {
        return new Post(new PostId(id), new ThreadId(threadId), parentId == null ? null : new PostId(parentId), author,
                municipality, body, bodyHtml, createdAt, editedAt, deleted, hidden, hiddenReason,
                attachedDocuments().stream().map(DocumentId::new).toList());
    }

    /** Ids of the library documents attached to the post, oldest first. */
    public List<String> attachedDocuments() {
        return attachments == null ? List.of() : attachments;
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
