package org.taiwa.discussion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentNotFoundException;
import org.taiwa.library.LibraryFilter;
import org.taiwa.library.LibrarySort;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.PostPolicy;

/**
 * Library documents attached to posts. A post stores only document ids (one {@code $addToSet}/{@code $pull} on
 * the post); titles and permissions come from the library when read, so a reader never sees the title of a
 * document they may not open, and a renamed document shows its new title.
 *
 * @throws AccessDeniedException       when the member may not read the post, or may not change it
 * @throws DiscussionNotFoundException for an unknown post
 */
@Service
public class PostAttachments {

    /** How many documents one post may link. */
    public static final int MAX_PER_POST = 10;

    private final MongoTemplate mongo;
    private final Spaces spaces;
    private final PolicyLibrary library;

    PostAttachments(MongoTemplate mongo, Spaces spaces, PolicyLibrary library) {
        this.mongo = mongo;
        this.spaces = spaces;
        this.library = library;
    }

    /**
     * The attached documents of a post as read for this member, the ones they may open: without a database read
     * for the many posts that link no document.
     */
    public List<AttachedDocument> of(Post post) {
        if (post.deleted() || post.attachments().isEmpty()) {
            return List.of();
        }
        return of(post.id());
    }

    /** The attached documents the current member may open, in the order they were attached. */
    public List<AttachedDocument> of(PostId postId) {
        PostDocument post = post(postId);
        spaces.get(new SpaceId(thread(post).spaceId()));
        if (post.deleted()) {
            return List.of();
        }
        return post.attachedDocuments().stream().map(id -> readable(new DocumentId(id))).flatMap(Optional::stream)
                .toList();
    }

    /**
     * The author attaches a document they may open.
     *
     * @throws InvalidPostException  for a document that does not exist or that the author may not open, a deleted
     *                               post, or a post that already links {@value #MAX_PER_POST} documents
     * @throws ThreadClosedException when the thread is locked or deleted
     */
    public AttachedDocument attach(PostId postId, DocumentId documentId) {
        PostDocument post = requireEditable(postId);
        AttachedDocument document = readable(documentId).orElseThrow(() -> new InvalidPostException(
                "discussion.attachment.unknown", "No document " + documentId.value() + " that you may open."));
        if (post.attachedDocuments().contains(documentId.value())) {
            return document;
        }
        // the limit and the "not deleted" rule hold in the same single-document update that adds the id
        var room = Query.query(Criteria.where("_id").is(post.id()).and(PostDocument.DELETED).is(false)
                .and(PostDocument.ATTACHMENTS + "." + (MAX_PER_POST - 1)).exists(false));
        var added = mongo.updateFirst(room, new Update().addToSet(PostDocument.ATTACHMENTS, documentId.value()),
                PostDocument.class);
        if (added.getMatchedCount() == 0) {
            throw new InvalidPostException("discussion.attachment.too-many",
                    "A post may link at most " + MAX_PER_POST + " documents.", MAX_PER_POST);
        }
        return document;
    }

    /** The author removes an attached document. */
    public void detach(PostId postId, DocumentId documentId) {
        PostDocument post = requireEditable(postId);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(post.id())),
                new Update().pull(PostDocument.ATTACHMENTS, documentId.value()), PostDocument.class);
    }

    /** Documents the current member may open whose title contains the text, newest first, for a picker. */
    public List<AttachedDocument> attachable(String text, int limit) {
        var filter = new LibraryFilter(text, null, null, null, null, null, null);
        return library.find(filter, LibrarySort.NEWEST, 0, limit).stream().map(PostAttachments::attached).toList();
    }

    private PostDocument requireEditable(PostId postId) {
        PostDocument post = post(postId);
        ThreadDocument thread = thread(post);
        Space space = spaces.get(new SpaceId(thread.spaceId()));
        var policyPost = new PostPolicy.Post(post.author(), thread.locked() || thread.deleted(), false,
                space.forPolicy());
        Permissions.require(PostPolicy.canEdit(spaces.viewer(), policyPost), "attach to post " + postId.value());
        if (thread.locked() || thread.deleted()) {
            throw new ThreadClosedException(new ThreadId(thread.id()), thread.locked());
        }
        if (post.deleted()) {
            throw new InvalidPostException("discussion.post.deleted",
                    "Post " + postId.value() + " was deleted and cannot be edited.");
        }
        return post;
    }

    private Optional<AttachedDocument> readable(DocumentId id) {
        try {
            return Optional.of(attached(library.get(id)));
        } catch (AccessDeniedException | DocumentNotFoundException e) {
            return Optional.empty();
        }
    }

    private static AttachedDocument attached(PolicyDocument document) {
        return new AttachedDocument(document.id(), document.metadata().title());
    }

    private PostDocument post(PostId id) {
        PostDocument post = mongo.findById(id.value(), PostDocument.class);
        if (post == null) {
            throw new DiscussionNotFoundException("post", id.value());
        }
        return post;
    }

    private ThreadDocument thread(PostDocument post) {
        ThreadDocument thread = mongo.findById(post.threadId(), ThreadDocument.class);
        if (thread == null) {
            throw new DiscussionNotFoundException("thread", post.threadId());
        }
        return thread;
    }
}
