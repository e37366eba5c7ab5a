package org.taiwa.discussion;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.PostPolicy;
import org.taiwa.security.policy.Viewer;
import org.taiwa.storage.Sequences;

/**
 * Moderators hide a post with a reason, and show it again. A hidden post keeps its place in the tree;
 * readers see the reason instead of the text, its author and the moderators still see the text
 * ({@link ThreadService#read}). Hiding the opening post hides the thread's text, not the thread. The four
 * hidden fields of the post change together in one atomic update; each change is in the audit log.
 *
 * @throws AccessDeniedException       (any method) unless the current member moderates the post's space
 * @throws DiscussionNotFoundException (any method) for an unknown post
 */
@Service
public class PostModeration {

    /** The longest reason for hiding, in characters. */
    public static final int MAX_REASON = 500;

    private final MongoTemplate mongo;
    private final Spaces spaces;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Sequences sequences;
    private final Clock clock = Clock.systemUTC();

    PostModeration(MongoTemplate mongo, Spaces spaces, AuditLog audit, ApplicationEventPublisher events,
            Sequences sequences) {
        this.mongo = mongo;
        this.spaces = spaces;
        this.audit = audit;
        this.events = events;
        this.sequences = sequences;
    }

    /**
     * Hides the post; hiding it again replaces the reason.
     *
     * @return the post as its moderator sees it: with its text, marked hidden
     * @throws InvalidModerationException for a blank or too long reason
     */
    public Post hide(PostId postId, String reason) {
        String cleanReason = reason(reason);
        Context context = moderated(postId, "hide");
        Instant now = now();
        var update = new Update().set(PostDocument.HIDDEN, true).set(PostDocument.HIDDEN_REASON, cleanReason)
                .set(PostDocument.HIDDEN_BY, context.viewer().username()).set(PostDocument.HIDDEN_AT, now)
                .set(PostDocument.CHANGE_SEQ, sequences.next(Sequences.CHANGES));
        PostDocument stored = mongo.findAndModify(Query.query(Criteria.where("_id").is(postId.value())), update,
                FindAndModifyOptions.options().returnNew(true), PostDocument.class);
        if (stored == null) {
            throw new DiscussionNotFoundException("post", postId.value());
        }
        Post hidden = stored.toPost();
        audit.record(context.viewer().username(), "post.hide", postId.value(),
                "thread " + context.thread().id() + ": " + cleanReason, "");
        events.publishEvent(new PostHidden(postId, hidden.thread(), context.space().id(), true, now));
        return hidden;
    }

    /** Shows a hidden post again; a post that is not hidden stays as it is and nothing is recorded. */
    public Post unhide(PostId postId) {
        Context context = moderated(postId, "unhide");
        var wasHidden = Query.query(Criteria.where("_id").is(postId.value()).and(PostDocument.HIDDEN).is(true));
        var update = new Update().set(PostDocument.HIDDEN, false).unset(PostDocument.HIDDEN_REASON)
                .unset(PostDocument.HIDDEN_BY).unset(PostDocument.HIDDEN_AT)
                .set(PostDocument.CHANGE_SEQ, sequences.next(Sequences.CHANGES));
        PostDocument shown = mongo.findAndModify(wasHidden, update, FindAndModifyOptions.options().returnNew(true),
                PostDocument.class);
        if (shown == null) {
            return post(postId).toPost();
        }
        audit.record(context.viewer().username(), "post.unhide", postId.value(), "thread " + context.thread().id(),
                "");
        events.publishEvent(new PostHidden(postId, new ThreadId(shown.threadId()), context.space().id(), false, now()));
        return shown.toPost();
    }

    private record Context(Viewer viewer, ThreadDocument thread, Space space) {
    }

    private Context moderated(PostId postId, String action) {
        PostDocument post = post(postId);
        ThreadDocument thread = mongo.findById(post.threadId(), ThreadDocument.class);
        if (thread == null) {
            // its thread is not published yet (a split in progress): nothing to moderate there yet
            throw new DiscussionNotFoundException("post", postId.value());
        }
        Space space = spaces.get(new SpaceId(thread.spaceId()));
        Viewer viewer = spaces.viewer();
        var forPolicy = new PostPolicy.Post(post.author(), thread.locked() || thread.deleted(), post.hidden(),
                space.forPolicy());
        Permissions.require(PostPolicy.canModerate(viewer, forPolicy), action + " post " + postId.value());
        return new Context(viewer, thread, space);
    }

    private PostDocument post(PostId id) {
        PostDocument post = mongo.findById(id.value(), PostDocument.class);
        if (post == null) {
            throw new DiscussionNotFoundException("post", id.value());
        }
        return post;
    }

    /** Required, so that readers learn why; limited, because it is shown in place of the text. */
    static String reason(String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new InvalidModerationException("discussion.hide.reason.empty",
                    "Hiding a post needs a reason, which readers see instead of its text.");
        }
        if (clean.length() > MAX_REASON) {
            throw new InvalidModerationException("discussion.hide.reason.too-long",
                    "A reason may have at most " + MAX_REASON + " characters.", MAX_REASON);
        }
        return clean;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
