package org.taiwa.discussion.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.TreePost;

/**
 * Orders the posts of a thread for display: depth first, siblings by creation time (then id, so
 * that equal times still give one order). A post whose parent is not among the given posts is
 * shown as a root, in time order with the others, rather than lost.
 */
public final class PostTree {

    private static final Comparator<Post> BY_TIME = Comparator.comparing(Post::createdAt)
            .thenComparing(p -> p.id().value());

    private PostTree() {
    }

    public static List<TreePost> order(List<Post> posts) {
        Map<PostId, Post> byId = new HashMap<>();
        posts.forEach(p -> byId.put(p.id(), p));
        Map<PostId, List<Post>> children = new HashMap<>();
        List<Post> roots = new ArrayList<>();
        for (Post post : posts) {
            if (post.parentId() == null || !byId.containsKey(post.parentId())) {
                roots.add(post);
            } else {
                children.computeIfAbsent(post.parentId(), k -> new ArrayList<>()).add(post);
            }
        }
        children.values().forEach(list -> list.sort(BY_TIME));
        roots.sort(BY_TIME);

        List<TreePost> ordered = new ArrayList<>(posts.size());
        Set<PostId> seen = new LinkedHashSet<>();
        roots.forEach(root -> walk(root, children, seen, ordered));
        // posts in a parent cycle have no root; bad data must not make posts disappear
        posts.stream().filter(p -> !seen.contains(p.id())).sorted(BY_TIME)
                .forEach(p -> walk(p, children, seen, ordered));
        return ordered;
    }

    /**
     * The branch rooted at {@code root} by depth: level 0 holds the root, level 1 its replies, and so on;
     * within a level, posts in time order. Empty when the root is not among the posts. A parent cycle below
     * the root cannot make a post count twice.
     */
    public static List<List<PostId>> branch(List<Post> posts, PostId root) {
        Map<PostId, List<Post>> children = new HashMap<>();
        Post rootPost = null;
        for (Post post : posts) {
            if (post.id().equals(root)) {
                rootPost = post;
            } else if (post.parentId() != null) {
                children.computeIfAbsent(post.parentId(), k -> new ArrayList<>()).add(post);
            }
        }
        if (rootPost == null) {
            return List.of();
        }
        List<List<PostId>> levels = new ArrayList<>();
        Set<PostId> seen = new LinkedHashSet<>(Set.of(root));
        List<Post> level = List.of(rootPost);
        while (!level.isEmpty()) {
            levels.add(level.stream().map(Post::id).toList());
            List<Post> next = new ArrayList<>();
            for (Post parent : level) {
                children.getOrDefault(parent.id(), List.of()).stream().filter(p -> seen.add(p.id())).forEach(next::add);
            }
            next.sort(BY_TIME);
            level = next;
        }
        return levels;
    }

    /** Iterative, so that a very deep thread cannot overflow the stack. */
    private static void walk(Post root, Map<PostId, List<Post>> children, Set<PostId> seen, List<TreePost> out) {
        Deque<TreePost> stack = new ArrayDeque<>();
        stack.push(new TreePost(root, 0));
        while (!stack.isEmpty()) {
            TreePost current = stack.pop();
            if (!seen.add(current.post().id())) {
                continue;
            }
            out.add(current);
            List<Post> kids = children.getOrDefault(current.post().id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new TreePost(kids.get(i), current.depth() + 1));
            }
        }
    }
}
