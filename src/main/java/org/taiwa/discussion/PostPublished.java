package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.taiwa.storage.NodeEvent;

/**
 * A post was stored: a new thread's opening post or a reply. Published after the write, so listeners
 * (live views, notifications) see what readers will see. Other app nodes hear of it too, as
 * {@code RemoteEvent<PostPublished>}, for their live views only.
 *
 * @param threadTitle             the thread's title, for notices
 * @param parentAuthor            the author of the post answered; null for an opening post
 * @param mentionedUsernames      members named with {@code @username} in the text
 * @param mentionedMunicipalities codes of municipalities named with {@code @name}
 */
public record PostPublished(PostId post, ThreadId thread, SpaceId space, String threadTitle, String author,
                            String parentAuthor, Set<String> mentionedUsernames, Set<String> mentionedMunicipalities,
                            Instant at) implements NodeEvent {

    public PostPublished {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(at, "at");
        mentionedUsernames = Set.copyOf(mentionedUsernames);
        mentionedMunicipalities = Set.copyOf(mentionedMunicipalities);
    }

    /** True when this post opened a new thread. */
    public boolean opensThread() {
        return parentAuthor == null;
    }
}
