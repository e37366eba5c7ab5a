package org.taiwa.discussion;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who reacted how to one post: for each kind the usernames, at most once each.
 *
 * @param byKind every kind is present, with an empty set when nobody reacted so
 */
public record Reactions(Map<ReactionKind, Set<String>> byKind) {

    public static final Reactions NONE = new Reactions(Map.of());

    public Reactions {
        var copy = new EnumMap<ReactionKind, Set<String>>(ReactionKind.class);
        for (ReactionKind kind : ReactionKind.values()) {
            copy.put(kind, Set.copyOf(byKind.getOrDefault(kind, Set.of())));
        }
        byKind = Map.copyOf(copy);
    }

    /** From the stored form: kind name to usernames; unknown kind names are ignored. */
    public static Reactions of(Map<String, ? extends java.util.Collection<String>> stored) {
        if (stored == null || stored.isEmpty()) {
            return NONE;
        }
        var byKind = new EnumMap<ReactionKind, Set<String>>(ReactionKind.class);
        for (ReactionKind kind : ReactionKind.values()) {
            var usernames = stored.get(kind.name());
            byKind.put(kind, usernames == null ? Set.of() : Set.copyOf(usernames));
        }
        return new Reactions(byKind);
    }

    public int count(ReactionKind kind) {
        return byKind.get(kind).size();
    }

    /** The usernames that reacted so, sorted, for the "who" tooltip. */
    public Set<String> who(ReactionKind kind) {
        return new TreeSet<>(byKind.get(kind));
    }

    public boolean has(ReactionKind kind, String username) {
        return byKind.get(kind).contains(username);
    }
}
