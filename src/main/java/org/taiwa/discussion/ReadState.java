package org.taiwa.discussion;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.taiwa.discussion.internal.ReadMarkDocument;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.security.policy.Viewer;

/**
 * What the current member has read: unread counts per thread and per space, the point to jump to, "mark all read".
 * A mark counts the posts seen (like Discourse's "last read post number"), so counts need no scan of the posts;
 * marks only ever move forward ({@code $max}), so two tabs or two nodes cannot move one back. Anonymous visitors
 * have no read state: they get empty answers and nothing is written.
 *
 * @throws org.springframework.security.access.AccessDeniedException (any method taking an id) when the space is not
 *                                                                    readable
 * @throws DiscussionNotFoundException                                (any method taking an id) for an unknown one
 */
@Service
public class ReadState {

    private static final Logger LOG = LoggerFactory.getLogger(ReadState.class);

    private final MongoTemplate mongo;
    private final Spaces spaces;

    ReadState(MongoTemplate mongo, Spaces spaces) {
        this.mongo = mongo;
        this.spaces = spaces;
    }

    /**
     * Marks the whole thread as read by the current member.
     *
     * @return the creation time of the newest post read before, to show what is new since; empty on a first visit
     *         (or for an anonymous visitor)
     */
    public Optional<Instant> markRead(ThreadId threadId) {
        return markRead(readableThread(threadId).toThread());
    }

    /**
     * Like {@link #markRead(ThreadId)} for a thread the member has just read through {@link ThreadTree} or
     * {@link ThreadService}: marks it read as that read saw it, without reading the thread again (the space's access
     * is checked from the spaces the member may read).
     */
    public Optional<Instant> markRead(Thread thread) {
        spaces.get(thread.space());
        Viewer viewer = spaces.viewer();
        if (!viewer.signedIn()) {
            return Optional.empty();
        }
        ReadMarkDocument before = advance(viewer.username(), thread.id().value(), thread.replyCount(),
                thread.lastActivityAt());
        return Optional.ofNullable(before).map(ReadMarkDocument::readUpTo);
    }

    /** Unread posts per thread for the current member; a thread never opened counts all its posts. */
    public Map<ThreadId, Integer> unread(Collection<Thread> threads) {
        Viewer viewer = spaces.viewer();
        if (!viewer.signedIn() || threads.isEmpty()) {
            return Map.of();
        }
        Map<String, ReadMarkDocument> marks = marks(viewer.username(),
                threads.stream().map(t -> t.id().value()).toList());
        return threads.stream().collect(Collectors.toMap(Thread::id,
                t -> unread(t.replyCount(), marks.get(t.id().value())), (a, b) -> a));
    }

    /** Unread posts per readable space for the current member, deleted threads left out. */
    public Map<SpaceId, Integer> unreadBySpace() {
        Viewer viewer = spaces.viewer();
        if (!viewer.signedIn()) {
            return Map.of();
        }
        List<String> spaceIds = spaces.readable().stream().map(s -> s.id().value()).toList();
        var query = Query.query(Criteria.where(ThreadDocument.SPACE_ID).in(spaceIds).and(ThreadDocument.DELETED)
                .is(false));
        query.fields().include(ThreadDocument.SPACE_ID, ThreadDocument.REPLY_COUNT);
        List<ThreadCount> threads = mongo.find(query, ThreadCount.class, mongo.getCollectionName(ThreadDocument.class));
        Map<String, ReadMarkDocument> marks = marks(viewer.username(), threads.stream().map(ThreadCount::id).toList());
        Map<SpaceId, Integer> counts = new HashMap<>();
        spaceIds.forEach(id -> counts.put(new SpaceId(id), 0));
        threads.forEach(t -> counts.merge(new SpaceId(t.spaceId()), unread(t.replyCount(), marks.get(t.id())),
                Integer::sum));
        return counts;
    }

    /** Marks every thread of the space as read by the current member. */
    public void markAllRead(SpaceId spaceId) {
        spaces.get(spaceId);
        Viewer viewer = spaces.viewer();
        if (!viewer.signedIn()) {
            return;
        }
        var query = Query.query(Criteria.where(ThreadDocument.SPACE_ID).is(spaceId.value()).and(ThreadDocument.DELETED)
                .is(false));
        // a space holds hundreds of threads, not millions: one small upsert each keeps every mark monotonic
        mongo.find(query, ThreadDocument.class).forEach(thread -> advance(viewer.username(), thread.id(),
                thread.replyCount(), thread.lastActivityAt()));
    }

    /** The author has seen their own post: it must not count as unread for them. */
    @EventListener
    void on(PostPublished event) {
        try {
            countOwnPost(event);
        } catch (RuntimeException e) {
            // the post is stored: a failed mark only shows the author their own post as unread
            LOG.warn("Could not mark post {} as read by its author {}", event.post().value(), event.author(), e);
        }
    }

    private void countOwnPost(PostPublished event) {
        var mark = Query.query(Criteria.where("_id").is(ReadMarkDocument.idOf(event.author(), event.thread().value())));
        mongo.upsert(mark, new Update().inc(ReadMarkDocument.SEEN_POSTS, 1).max(ReadMarkDocument.READ_UP_TO, event.at())
                .setOnInsert(ReadMarkDocument.USERNAME, event.author())
                .setOnInsert(ReadMarkDocument.THREAD_ID, event.thread().value()), ReadMarkDocument.class);
    }

    private ReadMarkDocument advance(String username, String threadId, int replyCount, Instant lastActivityAt) {
        var mark = Query.query(Criteria.where("_id").is(ReadMarkDocument.idOf(username, threadId)));
        var update = new Update().max(ReadMarkDocument.SEEN_POSTS, replyCount + 1)
                .max(ReadMarkDocument.READ_UP_TO, lastActivityAt)
                .setOnInsert(ReadMarkDocument.USERNAME, username).setOnInsert(ReadMarkDocument.THREAD_ID, threadId);
        return mongo.findAndModify(mark, update, FindAndModifyOptions.options().upsert(true).returnNew(false),
                ReadMarkDocument.class);
    }

    private Map<String, ReadMarkDocument> marks(String username, List<String> threadIds) {
        List<String> ids = threadIds.stream().map(t -> ReadMarkDocument.idOf(username, t)).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), ReadMarkDocument.class).stream()
                .collect(Collectors.toMap(ReadMarkDocument::threadId, Function.identity()));
    }

    private static int unread(int replyCount, ReadMarkDocument mark) {
        int posts = replyCount + 1;
        return mark == null ? posts : Math.max(0, posts - mark.seenPosts());
    }

    private ThreadDocument readableThread(ThreadId id) {
        ThreadDocument thread = mongo.findById(id.value(), ThreadDocument.class);
        if (thread == null) {
            throw new DiscussionNotFoundException("thread", id.value());
        }
        spaces.get(new SpaceId(thread.spaceId()));
        return thread;
    }

    /** The two fields of a thread that space counts need. */
    private record ThreadCount(String id, String spaceId, int replyCount) {
    }
}
