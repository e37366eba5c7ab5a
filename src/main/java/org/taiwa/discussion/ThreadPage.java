package org.taiwa.discussion;

import java.util.List;

/**
 * A thread with one page of its posts in tree order.
 *
 * @param totalPosts all posts of the thread, so that a reader can page on
 */
public record ThreadPage(Thread thread, List<TreePost> posts, int page, int size, int totalPosts) {

    public ThreadPage {
        posts = List.copyOf(posts);
    }
}
