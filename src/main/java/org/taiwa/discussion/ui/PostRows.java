package org.taiwa.discussion.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.taiwa.discussion.PostId;
import org.taiwa.discussion.ThreadRow;
import org.taiwa.discussion.ThreadRows;
import org.taiwa.discussion.ThreadScope;
import org.taiwa.discussion.ThreadService;
import org.taiwa.discussion.ThreadTree;

import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;

/**
 * The rows of a thread for a lazy list: what the reader collapsed, and the rows fetched last. The list asks
 * for a count and then for a range; both are answered from one read of the thread where they can be, so
 * that opening a thread reads it once. A refresh forgets the rows and the list asks again.
 */
final class PostRows {

    /** Rows read at once: the first screen and more, so that a little scrolling needs no second read. */
    static final int PAGE = 50;

    private final ThreadTree tree;
    private final ThreadScope scope;
    private final Set<PostId> collapsed = new HashSet<>();
    private final CallbackDataProvider<ThreadRow, Void> provider;
    private ThreadRows cached;
    private Runnable fetched = () -> { };

    PostRows(ThreadTree tree, ThreadScope scope, ThreadRows first) {
        this.tree = tree;
        this.scope = scope;
        this.cached = first;
        collapsed.addAll(scope.collapsed());
        this.provider = new CallbackDataProvider<>(this::fetch, query -> count(), row -> row.post().id().value());
    }

    /** Reads the first page; opening a page costs this one call to the thread tree. */
    static ThreadRows first(ThreadTree tree, ThreadScope scope) {
        return tree.rows(scope, 0, PAGE);
    }

    /** Runs whenever the list fetches rows, that is when it shows rows it did not show before. */
    void onFetch(Runnable action) {
        this.fetched = action;
    }

    DataProvider<ThreadRow, Void> provider() {
        return provider;
    }

    /** The first rows read, with the thread. */
    ThreadRows current() {
        if (cached == null) {
            cached = tree.rows(scope(), 0, PAGE);
        }
        return cached;
    }

    ThreadScope scope() {
        return scope.withCollapsed(collapsed);
    }

    boolean isCollapsed(PostId post) {
        return collapsed.contains(post);
    }

    /** Hides or shows the replies of the post. */
    void toggle(PostId post) {
        if (!collapsed.remove(post)) {
            collapsed.add(post);
        }
        refresh();
    }

    /** Shows the replies of the post if they were hidden (e.g. after replying to it). */
    void expand(PostId post) {
        collapsed.remove(post);
    }

    int indexOf(PostId post) {
        return tree.indexOf(scope(), post);
    }

    int firstIndexAfter(Instant since) {
        return tree.firstIndexAfter(scope(), since);
    }

    /**
     * Takes in a post just stored and says where it is now among the visible rows (-1 when it does not show), from
     * one read of the thread. When it became the last row and the only new one, no row the list shows has moved: the
     * cards stay as they are (re-sending them was most of what a live reply cost each open page), {@code recount}
     * tells the list its new size, and only the parent's card is drawn again when this is its first reply, which
     * gives it the collapse button. That is the only change a visible reply makes to the rows above it: every one of
     * its ancestors shows its replies, so none shows a count. Any other change and the list reads again what it shows,
     * as after {@link #refresh()}.
     */
    int arrived(PostId post, Runnable recount) {
        ThreadRows before = cached;
        ThreadTree.Located located = tree.locate(scope(), post, PAGE);
        cached = located.rows();
        int count = located.rows().visibleCount();
        boolean appended = before != null && located.index() >= 0 && located.index() == count - 1
                && before.visibleCount() == count - 1;
        if (!appended) {
            provider.refreshAll();
            return located.index();
        }
        if (located.parent() != null && located.parent().replies() == 1) {
            provider.refreshItem(located.parent());
        }
        recount.run();
        return located.index();
    }

    /** Forgets what was read; the list reads again what it shows. */
    void refresh() {
        cached = null;
        provider.refreshAll();
    }

    /** How many rows the reader sees, as the list asks. */
    int count() {
        return current().visibleCount();
    }

    private Stream<ThreadRow> fetch(Query<ThreadRow, Void> query) {
        fetched.run();
        int offset = query.getOffset();
        int limit = query.getLimit();
        ThreadRows rows = current();
        int cachedEnd = rows.offset() + rows.rows().size();
        boolean covered = offset >= rows.offset()
                && (offset + limit <= cachedEnd || cachedEnd >= rows.visibleCount());
        if (covered) {
            int from = Math.min(offset - rows.offset(), rows.rows().size());
            return rows.rows().subList(from, Math.min(from + limit, rows.rows().size())).stream();
        }
        List<ThreadRow> fetched = new ArrayList<>();
        ThreadRows page = null;
        // the service hands out at most MAX_PAGE_SIZE rows per call; a list asking for more gets them in turns
        while (fetched.size() < limit) {
            int size = Math.min(ThreadService.MAX_PAGE_SIZE, Math.max(PAGE, limit - fetched.size()));
            page = tree.rows(scope(), offset + fetched.size(), size);
            fetched.addAll(page.rows());
            if (page.rows().size() < size) {
                break;
            }
        }
        if (page != null && fetched.size() <= ThreadService.MAX_PAGE_SIZE) {
            cached = new ThreadRows(page.thread(), page.root(), fetched, offset, page.visibleCount(),
                    page.totalPosts(), page.writable());
        }
        return fetched.stream().limit(limit);
    }
}
