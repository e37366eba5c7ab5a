package org.taiwa.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.discussion.internal.PostTree;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.discussion.internal.VisibleRows;
import org.taiwa.security.policy.PostPolicy;
import org.taiwa.security.policy.Viewer;

/**
 * Reading a thread as the tree a reader sees: a slice of the visible rows for a lazily loaded list, with
 * collapsed branches left out and deep branches continued in a focused view (one post as the root). Each
 * call reads the thread's posts once and orders them in memory (decisions 0007 and 0011).
 *
 * @throws AccessDeniedException       (any method) when the current member may not read the thread
 * @throws DiscussionNotFoundException (any method) for an unknown thread, or a root that is not its post
 */
@Service
public class ThreadTree {

    /** The deepest indentation shown; replies below it continue in a focused view. */
    public static final int READABLE_DEPTH = 5;

    private final MongoTemplate mongo;
    private final Spaces spaces;

    ThreadTree(MongoTemplate mongo, Spaces spaces) {
        this.mongo = mongo;
        this.spaces = spaces;
    }

    /** Visible rows {@code offset} to {@code offset + limit} (fewer at the end) and how many there are. */
    public ThreadRows rows(ThreadScope scope, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > ThreadService.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset must not be negative and limit between 1 and "
                    + ThreadService.MAX_PAGE_SIZE);
        }
        return slice(load(scope), offset, limit);
    }

    /**
     * The first {@code limit} visible rows, as {@link #rows} gives them, and where the post is among all visible
     * rows (-1 when it is not visible), from one read of the thread: what an open page needs when a post arrives.
     */
    public Located locate(ThreadScope scope, PostId post, int limit) {
        if (limit < 1 || limit > ThreadService.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be between 1 and " + ThreadService.MAX_PAGE_SIZE);
        }
        Visible visible = load(scope);
        int index = indexIn(visible.rows(), row -> row.post().id().equals(post));
        ThreadRow parent = null;
        if (index > 0) {
            PostId parentId = visible.rows().get(index).post().parentId();
            for (int i = index - 1; i >= 0 && parent == null; i--) {
                if (visible.rows().get(i).post().id().equals(parentId)) {
                    parent = visible.rows().get(i);
                }
            }
        }
        return new Located(slice(visible, 0, limit), index, parent);
    }

    /**
     * The first rows of a thread and where a post is among all its visible rows.
     *
     * @param parent the row of the post's parent when both are visible, else null
     */
    public record Located(ThreadRows rows, int index, ThreadRow parent) {
    }

    /** Where the post is among the visible rows; -1 when it is not visible (collapsed, too deep, elsewhere). */
    public int indexOf(ThreadScope scope, PostId post) {
        return firstIndex(scope, row -> row.post().id().equals(post));
    }

    /** The first visible post that someone else wrote after the time; -1 if there is none. */
    public int firstIndexAfter(ThreadScope scope, Instant since) {
        String me = spaces.viewer().username();
        return firstIndex(scope, row -> !row.post().deleted() && row.post().createdAt().isAfter(since)
                && !row.post().author().equals(me));
    }

    private int firstIndex(ThreadScope scope, Predicate<ThreadRow> wanted) {
        return indexIn(load(scope).rows(), wanted);
    }

    private static int indexIn(List<ThreadRow> rows, Predicate<ThreadRow> wanted) {
        for (int i = 0; i < rows.size(); i++) {
            if (wanted.test(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static ThreadRows slice(Visible visible, int offset, int limit) {
        int from = Math.min(offset, visible.rows().size());
        int to = Math.min(from + limit, visible.rows().size());
        return new ThreadRows(visible.thread(), visible.root(), visible.rows().subList(from, to), from,
                visible.rows().size(), visible.total(), visible.writable());
    }

    private Visible load(ThreadScope scope) {
        ThreadDocument thread = mongo.findById(scope.thread().value(), ThreadDocument.class);
        if (thread == null) {
            throw new DiscussionNotFoundException("thread", scope.thread().value());
        }
        Space space = spaces.get(new SpaceId(thread.spaceId()));
        Viewer viewer = spaces.viewer();
        boolean writable = PostPolicy.canReply(viewer, new PostPolicy.Post(thread.author(),
                thread.locked() || thread.deleted(), false, space.forPolicy()));
        List<PostDocument> documents = mongo.find(Query.query(Criteria.where(PostDocument.THREAD_ID).is(thread.id())),
                PostDocument.class);
        Map<PostId, Reactions> reactions = documents.stream()
                .collect(Collectors.toMap(d -> new PostId(d.id()), PostDocument::toReactions));
        List<Post> posts = documents.stream().map(d -> ThreadService.forReader(d, viewer, space)).toList();
        // reactions go with the text: none where the reader does not see it (deleted, or hidden from them)
        List<ThreadRow> rows = VisibleRows.of(PostTree.order(posts), scope.root(), scope.collapsed(), READABLE_DEPTH,
                        post -> post.deleted() || (post.hidden() && post.bodyHtml().isEmpty()) ? Reactions.NONE
                                : reactions.getOrDefault(post.id(), Reactions.NONE))
                .orElseThrow(() -> new DiscussionNotFoundException("post", scope.root().value()));
        Post root = scope.root() == null || rows.isEmpty() ? null : rows.getFirst().post();
        return new Visible(thread.toThread(), root, rows, posts.size(), writable);
    }

    private record Visible(Thread thread, Post root, List<ThreadRow> rows, int total, boolean writable) {
    }
}
