package org.taiwa.discussion;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.ProposalDocument;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;
import org.taiwa.storage.Sequences;

/**
 * What moderators do to threads: lock, pin and move to another space. Each action is one single-field
 * update and an entry in the audit log. (Hiding posts: {@link PostModeration}; splitting a branch off:
 * {@link ThreadSplitter}.)
 *
 * @throws AccessDeniedException       (any method) unless the current member moderates the space
 * @throws DiscussionNotFoundException (any method) for an unknown thread
 */
@Service
public class ThreadModeration {

    private final MongoTemplate mongo;
    private final Spaces spaces;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Sequences sequences;
    private final Clock clock = Clock.systemUTC();

    ThreadModeration(MongoTemplate mongo, Spaces spaces, AuditLog audit, ApplicationEventPublisher events,
            Sequences sequences) {
        this.mongo = mongo;
        this.spaces = spaces;
        this.audit = audit;
        this.events = events;
        this.sequences = sequences;
    }

    /** A locked thread takes no replies or edits ({@link ThreadClosedException}). */
    public Thread lock(ThreadId threadId, boolean locked) {
        return moderate(threadId, ThreadDocument.LOCKED, locked, locked ? "thread.lock" : "thread.unlock");
    }

    /** Pinned threads come first in their space. */
    public Thread pin(ThreadId threadId, boolean pinned) {
        return moderate(threadId, ThreadDocument.PINNED, pinned, pinned ? "thread.pin" : "thread.unpin");
    }

    /**
     * Whether the current member may moderate the thread's space (for views deciding what to offer; the
     * actions check again). Throws nothing for a space the member may not read: the answer is then no.
     */
    public boolean canModerate(ThreadId threadId) {
        return canModerate(thread(threadId).toThread());
    }

    /** Like {@link #canModerate(ThreadId)} for a thread the member has just read, without reading it again. */
    public boolean canModerate(Thread thread) {
        return spaces.find(thread.space())
                .map(space -> SpacePolicy.canModerate(spaces.viewer(), space.forPolicy())).orElse(false);
    }

    /** The spaces the current member may move the thread to: open ones they may post in, its own left out. */
    public List<Space> moveTargets(ThreadId threadId) {
        ThreadDocument thread = thread(threadId);
        Viewer viewer = spaces.viewer();
        return spaces.readable().stream().filter(space -> !space.id().value().equals(thread.spaceId()))
                .filter(space -> !space.archived() && mayMoveInto(viewer, space)).toList();
    }

    /**
     * Moves the thread to another space. Its posts only name their thread, so the thread's {@code spaceId}
     * is all that changes, by one conditional update; its proposal, if it has one, follows by a second.
     * Moving it where it is already changes nothing and records nothing; a repeat after an interrupted move
     * completes it.
     *
     * @throws AccessDeniedException       unless the member moderates the thread's space and may post in the
     *                                     target (or is the secretariat)
     * @throws ModerationConflictException when the target space is archived
     */
    public Thread move(ThreadId threadId, SpaceId targetId) {
        ThreadDocument thread = thread(threadId);
        Space source = spaces.get(new SpaceId(thread.spaceId()));
        Viewer viewer = spaces.viewer();
        Permissions.require(SpacePolicy.canModerate(viewer, source.forPolicy()), "move thread " + threadId.value());
        Space target = spaces.get(targetId);
        if (target.archived() && !target.id().equals(source.id())) {
            throw new ModerationConflictException("discussion.move.archived", "Space archived",
                    "Space " + targetId.value() + " is archived and takes no threads");
        }
        Permissions.require(mayMoveInto(viewer, target), "move a thread into space " + targetId.value());
        // conditioned on the space we checked: a concurrent move to elsewhere is not overwritten unseen
        // (moving it where it is changes nothing, not even its change position)
        long moved = source.id().equals(targetId) ? 0 : mongo.updateFirst(Query.query(Criteria.where("_id")
                .is(thread.id()).and(ThreadDocument.SPACE_ID).is(source.id().value())),
                Update.update(ThreadDocument.SPACE_ID, targetId.value())
                        .set(ThreadDocument.CHANGE_SEQ, sequences.next(Sequences.CHANGES)), ThreadDocument.class)
                .getModifiedCount();
        ThreadDocument current = thread(threadId);
        // the proposal's space decides who may take a position: it follows the thread, also on a repeat
        mongo.updateFirst(Query.query(Criteria.where("_id").is(thread.id()).and(ProposalDocument.SPACE_ID)
                .ne(current.spaceId())), Update.update(ProposalDocument.SPACE_ID, current.spaceId()),
                ProposalDocument.class);
        if (moved > 0) {
            audit.record(viewer.username(), "thread.move", thread.id(),
                    thread.title() + ": " + source.id().value() + " → " + targetId.value(), "");
            events.publishEvent(new ThreadMoved(threadId, source.id(), targetId,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
        return current.toThread();
    }

    private static boolean mayMoveInto(Viewer viewer, Space target) {
        return SpacePolicy.canPost(viewer, target.forPolicy()) || viewer.isSecretariat();
    }

    private Thread moderate(ThreadId threadId, String flag, boolean value, String action) {
        ThreadDocument thread = thread(threadId);
        Space space = spaces.get(new SpaceId(thread.spaceId()));
        Viewer viewer = spaces.viewer();
        Permissions.require(SpacePolicy.canModerate(viewer, space.forPolicy()), action + " " + threadId.value());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(thread.id())), Update.update(flag, value),
                ThreadDocument.class);
        audit.record(viewer.username(), action, thread.id(), thread.title(), "");
        return thread(threadId).toThread();
    }

    private ThreadDocument thread(ThreadId id) {
        ThreadDocument thread = mongo.findById(id.value(), ThreadDocument.class);
        if (thread == null) {
            throw new DiscussionNotFoundException("thread", id.value());
        }
        return thread;
    }
}
