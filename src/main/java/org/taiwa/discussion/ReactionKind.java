package org.taiwa.discussion;

import java.util.Locale;

/** How a member reacts to a post without writing a reply: 賛成 (agree), 共感 (empathy), 質問 (question). */
public enum ReactionKind {
    AGREE, EMPATHY, QUESTION;

    /**
     * The kind named in an API path, in any case ({@code agree}, {@code AGREE}).
     *
     * @throws InvalidPostException for a name that is no reaction
     */
    public static ReactionKind parse(String name) {
        for (ReactionKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return kind;
            }
        }
        throw new InvalidPostException("discussion.reaction.unknown",
                "Unknown reaction " + name + "; use agree, empathy or question.", String.valueOf(name));
    }

    /** As it appears in API paths. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
