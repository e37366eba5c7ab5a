package org.taiwa.discussion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.discussion.internal.SpaceDocument;
import org.taiwa.discussion.internal.ThreadDocument;

/**
 * The discussions' changes in the order of their change position ({@code Sequences.CHANGES}), for the search
 * index to follow and to rebuild from: every write to a post or a thread sets its position in the same
 * single-document update. Positions are taken before the write, so writers may commit out of order: a reader
 * must look behind its last position again (search keeps a low watermark). Without permission checks: for
 * the index, never for showing to members. Hidden and deleted posts, and the posts of deleted threads, come
 * without content, so the index drops them.
 */
@Service
public class DiscussionFeed {

    /** The largest batch one call returns. */
    public static final int MAX_BATCH = 1_000;

    private final MongoTemplate mongo;

    DiscussionFeed(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Posts and threads whose last change lies after {@code position}, oldest change first. */
    public List<DiscussionChange> changedAfter(long position, int limit) {
        if (limit < 1 || limit > MAX_BATCH) {
            throw new IllegalArgumentException("limit must lie between 1 and " + MAX_BATCH);
        }
        List<PostDocument> posts = mongo.find(after(PostDocument.CHANGE_SEQ, position, limit), PostDocument.class);
        List<ThreadDocument> threads = mongo.find(after(ThreadDocument.CHANGE_SEQ, position, limit),
                ThreadDocument.class);
        Map<String, SpaceDocument> spaces = mongo.findAll(SpaceDocument.class).stream()
                .collect(Collectors.toMap(SpaceDocument::id, Function.identity()));
        Map<String, ThreadDocument> postThreads = threadsOf(posts);
        var changes = new ArrayList<DiscussionChange>();
        for (PostDocument post : posts) {
            changes.add(new DiscussionChange.PostChanged(new PostId(post.id()), post.changeSeq(),
                    indexable(post, postThreads.get(post.threadId()), spaces)));
        }
        for (ThreadDocument thread : threads) {
            changes.add(new DiscussionChange.ThreadChanged(new ThreadId(thread.id()), thread.changeSeq(),
                    postsOf(thread, spaces)));
        }
        changes.sort(Comparator.comparingLong(DiscussionChange::changeSeq));
        // each list holds the first `limit` of its kind: merged, only the first `limit` are complete
        return List.copyOf(changes.subList(0, Math.min(limit, changes.size())));
    }

    private static Query after(String field, long position, int limit) {
        return Query.query(Criteria.where(field).gt(position)).with(Sort.by(field)).limit(limit);
    }

    private Map<String, ThreadDocument> threadsOf(List<PostDocument> posts) {
        List<String> ids = posts.stream().map(PostDocument::threadId).distinct().toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), ThreadDocument.class).stream()
                .collect(Collectors.toMap(ThreadDocument::id, Function.identity()));
    }

    private List<IndexablePost> postsOf(ThreadDocument thread, Map<String, SpaceDocument> spaces) {
        if (thread.deleted()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where(PostDocument.THREAD_ID).is(thread.id())), PostDocument.class)
                .stream().map(post -> indexable(post, thread, spaces)).flatMap(Optional::stream).toList();
    }

    private static Optional<IndexablePost> indexable(PostDocument post, ThreadDocument thread,
                                                     Map<String, SpaceDocument> spaces) {
        if (post.deleted() || post.hidden() || thread == null || thread.deleted()
                || !thread.id().equals(post.threadId()) || !spaces.containsKey(thread.spaceId())) {
            return Optional.empty();
        }
        SpaceDocument space = spaces.get(thread.spaceId());
        return Optional.of(new IndexablePost(new PostId(post.id()), new ThreadId(thread.id()),
                new SpaceId(space.id()), space.visibility(), thread.title(), post.parentId() == null, post.author(),
                post.municipality(), Jsoup.parse(post.bodyHtml() == null ? "" : post.bodyHtml()).text(),
                post.editedAt() == null ? post.createdAt() : post.editedAt()));
    }
}
