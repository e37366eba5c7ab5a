package org.taiwa.discussion;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.PostPolicy;
import org.taiwa.security.policy.Viewer;

/**
 * Reactions to posts (賛成, 共感, 質問): each member at most once per kind and post, kept on the post's
 * document by one {@code $addToSet} or {@code $pull} that also requires the post not to be deleted. Only who
 * may reply may react; a locked or deleted thread takes no reactions either (it is closed as a whole).
 *
 * @throws AccessDeniedException       (any method) when the current member may not reply in the thread
 * @throws DiscussionNotFoundException (any method) for an unknown post
 * @throws ThreadClosedException       (any method) when the thread is locked or deleted
 * @throws InvalidPostException        (any method) for a deleted post
 */
@Service
public class PostReactions {

    private final MongoTemplate mongo;
    private final Spaces spaces;

    PostReactions(MongoTemplate mongo, Spaces spaces) {
        this.mongo = mongo;
        this.spaces = spaces;
    }

    /** Adds the current member's reaction; reacting twice the same way changes nothing. */
    public Reactions react(PostId postId, ReactionKind kind) {
        return change(postId, kind, true);
    }

    /** Takes the current member's reaction back; without one, nothing changes. */
    public Reactions withdraw(PostId postId, ReactionKind kind) {
        return change(postId, kind, false);
    }

    private Reactions change(PostId postId, ReactionKind kind, boolean add) {
        if (kind == null) {
            throw new InvalidPostException("discussion.reaction.unknown", "A reaction needs a kind.", "");
        }
        PostDocument post = mongo.findById(postId.value(), PostDocument.class);
        if (post == null) {
            throw new DiscussionNotFoundException("post", postId.value());
        }
        ThreadDocument thread = mongo.findById(post.threadId(), ThreadDocument.class);
        if (thread == null) {
            throw new DiscussionNotFoundException("thread", post.threadId());
        }
        Space space = spaces.get(new SpaceId(thread.spaceId()));
        if (thread.locked() || thread.deleted()) {
            throw new ThreadClosedException(new ThreadId(thread.id()), thread.locked());
        }
        Viewer viewer = spaces.viewer();
        // a hidden post takes no reactions, as it takes no replies
        Permissions.require(PostPolicy.canReply(viewer, new PostPolicy.Post(post.author(), false, post.hidden(),
                space.forPolicy())), "react to post " + postId.value());
        var notDeleted = Query.query(Criteria.where("_id").is(post.id()).and(PostDocument.DELETED).is(false));
        String path = PostDocument.reactionPath(kind);
        var update = add ? new Update().addToSet(path, viewer.username()) : new Update().pull(path, viewer.username());
        PostDocument changed = mongo.findAndModify(notDeleted, update, FindAndModifyOptions.options().returnNew(true),
                PostDocument.class);
        if (changed == null) {
            throw new InvalidPostException("discussion.reaction.deleted-post",
                    "Post " + postId.value() + " was deleted and takes no reactions.");
        }
        return changed.toReactions();
    }
}
