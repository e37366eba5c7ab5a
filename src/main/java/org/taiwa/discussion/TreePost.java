package org.taiwa.discussion;

/**
 * A post in display order with its indentation.
 *
 * @param depth 0 for the opening post (and for replies whose parent is not known), 1 for its replies …
 */
public record TreePost(Post post, int depth) {
}
