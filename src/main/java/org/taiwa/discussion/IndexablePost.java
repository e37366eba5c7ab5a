package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

import org.taiwa.security.policy.Visibility;

/**
 * A post as the search index needs it: readable by everyone who may read its space (hidden and deleted posts
 * never come as an {@code IndexablePost}), with its text as plain text.
 *
 * @param spaceVisibility the visibility of its space (the space id decides who reads it)
 * @param municipality    the author's municipality (Japanese name), empty for academics and the secretariat
 * @param text            the rendered text without markup
 */
public record IndexablePost(PostId id, ThreadId thread, SpaceId space, Visibility spaceVisibility,
                            String threadTitle, boolean opening, String author, String municipality, String text,
                            Instant writtenAt) {

    public IndexablePost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(spaceVisibility, "spaceVisibility");
        Objects.requireNonNull(writtenAt, "writtenAt");
        threadTitle = Objects.requireNonNullElse(threadTitle, "");
        municipality = Objects.requireNonNullElse(municipality, "");
        text = Objects.requireNonNullElse(text, "");
    }
}
