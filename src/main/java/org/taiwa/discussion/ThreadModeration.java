package org.taiwa.discussion;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;

/**
 * What moderators do to threads: lock and pin. Each action is one single-field update and an
 * entry in the audit log.
 *
 * @throws AccessDeniedException       (any method) unless the current member moderates the space
 * @throws DiscussionNotFoundException (any method) for an unknown thread
 */
@Service
public class ThreadModeration {

    private final MongoTemplate mongo;
    private final Spaces spaces;
    private final AuditLog audit;

    ThreadModeration(MongoTemplate mongo, Spaces spaces, AuditLog audit) {
        this.mongo = mongo;
        this.spaces = spaces;
        this.audit = audit;
    }

    /** A locked thread takes no replies or edits ({@link ThreadClosedException}). */
    public Thread lock(ThreadId threadId, boolean locked) {
        return moderate(threadId, ThreadDocument.LOCKED, locked, locked ? "thread.lock" : "thread.unlock");
    }

    /** Pinned threads come first in their space. */
    public Thread pin(ThreadId threadId, boolean pinned) {
        return moderate(threadId, ThreadDocument.PINNED, pinned, pinned ? "thread.pin" : "thread.unpin");
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
