package org.taiwa.discussion.internal;

import java.util.Optional;

/** Who can be mentioned: decides whether the text after an {@code @} begins with a known member or municipality. */
@FunctionalInterface
public interface MentionTargets {

    /** Nobody: Markdown rendered without mentions. */
    MentionTargets NONE = text -> Optional.empty();

    /**
     * @param text what follows the {@code @}, to the end of the text node
     * @return the mention that the text begins with, its {@code written} part being exactly that beginning
     */
    Optional<Mention> at(String text);
}
