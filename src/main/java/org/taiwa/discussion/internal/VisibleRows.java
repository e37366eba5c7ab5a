package org.taiwa.discussion.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.Reactions;
import org.taiwa.discussion.ThreadRow;
import org.taiwa.discussion.TreePost;

/**
 * The rows a reader sees of a thread in tree order ({@link PostTree#order}): the whole thread or one
 * post's subtree, depths counted from what is shown, without the replies of collapsed posts, and cut at a
 * readable depth where the replies continue in a view of their own. Pure, so that it is unit-tested.
 */
public final class VisibleRows {

    private VisibleRows() {
    }

    /**
     * @param ordered   all posts of a thread in tree order
     * @param root      the post to show as the root, or null for all
     * @param collapsed posts whose replies are hidden
     * @param maxDepth  the deepest depth shown; replies below it continue elsewhere
     * @return empty if the root is not among the posts
     */
    public static Optional<List<ThreadRow>> of(List<TreePost> ordered, PostId root, Set<PostId> collapsed,
                                               int maxDepth, Function<Post, Reactions> reactions) {
        int[] below = descendants(ordered);
        int from = 0;
        int to = ordered.size();
        int baseDepth = 0;
        if (root != null) {
            from = indexOf(ordered, root);
            if (from < 0) {
                return Optional.empty();
            }
            to = from + below[from] + 1;
            baseDepth = ordered.get(from).depth();
        }
        List<ThreadRow> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            TreePost current = ordered.get(i);
            int depth = current.depth() - baseDepth;
            boolean isCollapsed = below[i] > 0 && collapsed.contains(current.post().id());
            boolean continues = !isCollapsed && below[i] > 0 && depth >= maxDepth;
            rows.add(new ThreadRow(current.post(), depth, below[i], isCollapsed, continues,
                    reactions.apply(current.post())));
            if (isCollapsed || continues) {
                i += below[i];
            }
        }
        return Optional.of(rows);
    }

    /** For each position the number of posts below it: the run of deeper posts that follows it. */
    static int[] descendants(List<TreePost> ordered) {
        int[] below = new int[ordered.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < ordered.size(); i++) {
            int depth = ordered.get(i).depth();
            while (!open.isEmpty() && ordered.get(open.peek()).depth() >= depth) {
                int ancestor = open.pop();
                below[ancestor] = i - ancestor - 1;
            }
            open.push(i);
        }
        while (!open.isEmpty()) {
            int ancestor = open.pop();
            below[ancestor] = ordered.size() - ancestor - 1;
        }
        return below;
    }

    private static int indexOf(List<TreePost> ordered, PostId id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).post().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
