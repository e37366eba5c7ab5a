package org.taiwa.discussion;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.discussion.internal.PostText;
import org.taiwa.discussion.internal.PostTree;
import org.taiwa.discussion.internal.SplitDocument;
import org.taiwa.discussion.internal.SplitNote;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;
import org.taiwa.storage.Sequences;

/**
 * Moderators split a branch off into a thread of its own: the reply and everything below it become a new
 * thread in the same space, with that reply as its opening post, and a short note takes the branch's place.
 * Without transactions this is a sequence of single-document writes, each one idempotent, recorded in a
 * {@code threadSplits} document keyed by the reply; repeating the command completes an interrupted split
 * and changes nothing after a finished one (docs/decisions/0010-thread-split.md).
 *
 * @throws AccessDeniedException       (any method) unless the current member moderates the space
 * @throws DiscussionNotFoundException (any method) for an unknown post
 */
@Service
public class ThreadSplitter {

    /** The longest title of the new thread, as for any thread. */
    public static final int MAX_TITLE = PostText.MAX_TITLE;

    /** Rounds of moving: a second one takes along replies that came in under the branch meanwhile. */
    private static final int MAX_ROUNDS = 5;

    private final MongoTemplate mongo;
    private final Spaces spaces;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Sequences sequences;
    private final Clock clock = Clock.systemUTC();

    ThreadSplitter(MongoTemplate mongo, Spaces spaces, AuditLog audit, ApplicationEventPublisher events,
            Sequences sequences) {
        this.mongo = mongo;
        this.spaces = spaces;
        this.audit = audit;
        this.events = events;
        this.sequences = sequences;
    }

    /**
     * Splits the branch rooted at the post off into a new thread with the given title. A locked thread's
     * branch becomes a locked thread: a split is no way around a lock.
     *
     * @return the new thread
     * @throws InvalidPostException        for an empty or too long title
     * @throws InvalidModerationException  for the opening post (move the thread instead) or a deleted post
     * @throws ModerationConflictException when the thread was deleted
     */
    public Thread split(PostId postId, String title) {
        String cleanTitle = PostText.title(title);
        PostDocument post = mongo.findById(postId.value(), PostDocument.class);
        if (post == null) {
            throw new DiscussionNotFoundException("post", postId.value());
        }
        SplitDocument split = mongo.findById(post.id(), SplitDocument.class);
        Viewer viewer = spaces.viewer();
        if (split == null) {
            split = begin(post, cleanTitle, viewer);
        } else {
            requireModerator(source(split), viewer);
        }
        return complete(split, viewer);
    }

    /** The id of the thread that splitting off this post gives (or gave): the same for every repeat. */
    public static ThreadId threadIdFor(PostId postId) {
        return new ThreadId(derivedId("thread", postId.value()));
    }

    private SplitDocument begin(PostDocument post, String title, Viewer viewer) {
        ThreadDocument source = thread(post.threadId());
        requireModerator(source, viewer);
        if (post.parentId() == null) {
            throw new InvalidModerationException("discussion.split.opening",
                    "Post " + post.id() + " opens its thread; move the thread instead of splitting it.");
        }
        if (post.deleted()) {
            throw new InvalidModerationException("discussion.split.deleted",
                    "Post " + post.id() + " was deleted and cannot open a thread.");
        }
        if (source.deleted()) {
            throw new ModerationConflictException("discussion.split.thread-deleted", "Thread deleted",
                    "Thread " + source.id() + " was deleted; its branches are not split off");
        }
        var split = new SplitDocument(post.id(), source.id(), threadIdFor(new PostId(post.id())).value(),
                post.parentId(), title, viewer.username(), now(), null);
        try {
            mongo.insert(split);
            return split;
        } catch (DuplicateKeyException e) {
            // the same command at the same time: carry on with the one that was stored first
            return mongo.findById(post.id(), SplitDocument.class);
        }
    }

    /** Each step may have happened before (a repeat); none of them undoes or doubles another. */
    private Thread complete(SplitDocument split, Viewer viewer) {
        Set<PostId> branch = moveBranch(split);
        ThreadDocument source = source(split);
        publish(split, source);
        Instant now = now();
        String noteBody = SplitNote.text(split.title());
        try {
            mongo.insert(PostDocument.written(derivedId("note", split.id()), source.id(), split.parentId(),
                    split.moderator(), "", noteBody, now).stamped(sequences.next(Sequences.CHANGES)));
        } catch (DuplicateKeyException e) {
            // left by an earlier run of the same split
        }
        recount(source.id(), now);
        boolean first = mongo.updateFirst(Query.query(Criteria.where("_id").is(split.id())
                .and(SplitDocument.DONE_AT).is(null)), Update.update(SplitDocument.DONE_AT, now), SplitDocument.class)
                .getModifiedCount() > 0;
        if (first) {
            audit.record(viewer.username(), "thread.split", split.targetThreadId(),
                    split.title() + " ← thread " + split.sourceThreadId() + ", post " + split.id(), "");
            events.publishEvent(new ThreadSplit(new PostId(split.id()), new ThreadId(source.id()),
                    new ThreadId(split.targetThreadId()), new SpaceId(source.spaceId()), branch, now));
        }
        return thread(split.targetThreadId()).toThread();
    }

    /**
     * Moves the branch's posts to the new thread deepest level first and its first post last, so that the
     * source thread never shows a reply whose parent has gone. Another round takes along replies that came
     * in under the branch meanwhile.
     */
    private Set<PostId> moveBranch(SplitDocument split) {
        Set<PostId> branch = new HashSet<>();
        long moved = 1;
        for (int round = 0; round < MAX_ROUNDS && moved > 0; round++) {
            var both = Query.query(Criteria.where(PostDocument.THREAD_ID)
                    .in(split.sourceThreadId(), split.targetThreadId()));
            List<Post> posts = mongo.find(both, PostDocument.class).stream().map(PostDocument::toPost).toList();
            List<List<PostId>> levels = PostTree.branch(posts, new PostId(split.id()));
            moved = 0;
            for (int depth = levels.size() - 1; depth >= 0; depth--) {
                var left = Query.query(Criteria.where("_id").in(levels.get(depth).stream().map(PostId::value).toList())
                        .and(PostDocument.THREAD_ID).is(split.sourceThreadId()));
                var update = Update.update(PostDocument.THREAD_ID, split.targetThreadId());
                // the branch's first post opens the new thread: thread and parent change in one update
                moved += mongo.updateMulti(left, depth == 0 ? update.set(PostDocument.PARENT_ID, null) : update,
                        PostDocument.class).getModifiedCount();
                branch.addAll(levels.get(depth));
            }
        }
        return branch;
    }

    /** The new thread appears in its space only now, complete: until then nothing lists or reads it. */
    private void publish(SplitDocument split, ThreadDocument source) {
        List<PostDocument> posts = mongo.find(Query.query(Criteria.where(PostDocument.THREAD_ID)
                .is(split.targetThreadId())), PostDocument.class);
        PostDocument opening = posts.stream().filter(p -> p.id().equals(split.id())).findFirst().orElseThrow();
        Instant lastActivity = posts.stream().map(PostDocument::createdAt).max(Comparator.naturalOrder())
                .orElse(opening.createdAt());
        var thread = new ThreadDocument(split.targetThreadId(), source.spaceId(), split.title(), opening.author(),
                opening.id(), opening.createdAt(), source.locked(), false, posts.size() - 1, lastActivity, false,
                sequences.next(Sequences.CHANGES));
        try {
            mongo.insert(thread);
        } catch (DuplicateKeyException e) {
            recount(thread.id(), lastActivity);
        }
    }

    /** The count from the posts themselves (0007: a display figure that can always be recomputed). */
    private void recount(String threadId, Instant activity) {
        long posts = mongo.count(Query.query(Criteria.where(PostDocument.THREAD_ID).is(threadId)), PostDocument.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(threadId)), new Update()
                .set(ThreadDocument.REPLY_COUNT, Math.max(0, posts - 1)).max(ThreadDocument.LAST_ACTIVITY_AT, activity)
                .set(ThreadDocument.CHANGE_SEQ, sequences.next(Sequences.CHANGES)),
                ThreadDocument.class);
    }

    private void requireModerator(ThreadDocument source, Viewer viewer) {
        Space space = spaces.get(new SpaceId(source.spaceId()));
        Permissions.require(SpacePolicy.canModerate(viewer, space.forPolicy()), "split thread " + source.id());
    }

    private ThreadDocument source(SplitDocument split) {
        return thread(split.sourceThreadId());
    }

    private ThreadDocument thread(String id) {
        ThreadDocument thread = mongo.findById(id, ThreadDocument.class);
        if (thread == null) {
            throw new DiscussionNotFoundException("thread", id);
        }
        return thread;
    }

    /** Derived from the branch's first post, so that a repeat of the split finds what an earlier run wrote. */
    private static String derivedId(String what, String postId) {
        return UUID.nameUUIDFromBytes(("taiwa split " + what + " " + postId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
