package org.taiwa.discussion.internal;

import org.taiwa.discussion.InvalidPostException;

/** The limits on what a member writes, checked before anything is stored. */
public final class PostText {

    public static final int MAX_BODY = 100_000;
    public static final int MAX_TITLE = 200;

    private PostText() {
    }

    public static String body(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidPostException("discussion.post.empty", "A post needs some text.");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidPostException("discussion.post.too-long", "A post may have at most " + MAX_BODY
                    + " characters; this one has " + body.length() + ".", MAX_BODY, body.length());
        }
        return body;
    }

    public static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidPostException("discussion.title.empty", "A thread needs a title.");
        }
        String stripped = title.strip();
        if (stripped.length() > MAX_TITLE) {
            throw new InvalidPostException("discussion.title.too-long",
                    "A title may have at most " + MAX_TITLE + " characters.", MAX_TITLE);
        }
        return stripped;
    }
}
