package org.taiwa.discussion;

import java.util.Objects;
import java.util.Set;

import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Visibility;

/**
 * A committee, working group or forum.
 *
 * @param memberUsernames      people who are members by name
 * @param memberMunicipalities Japanese names of municipalities whose staff are all members
 * @param moderatorUsernames   the space's own moderators
 */
public record Space(SpaceId id, SpaceKind kind, String nameJa, String nameEn, String purpose, Visibility visibility,
                    Set<String> memberUsernames, Set<String> memberMunicipalities, Set<String> moderatorUsernames,
                    boolean archived) {

    public Space {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(visibility, "visibility");
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("a space needs a Japanese and an English name");
        }
        purpose = Objects.requireNonNullElse(purpose, "");
        memberUsernames = Set.copyOf(memberUsernames);
        memberMunicipalities = Set.copyOf(memberMunicipalities);
        moderatorUsernames = Set.copyOf(moderatorUsernames);
    }

    /** What {@link SpacePolicy} needs to decide about this space. */
    public SpacePolicy.Space forPolicy() {
        return new SpacePolicy.Space(visibility, memberUsernames, memberMunicipalities, moderatorUsernames, archived);
    }

    public Space archive() {
        return new Space(id, kind, nameJa, nameEn, purpose, visibility, memberUsernames, memberMunicipalities,
                moderatorUsernames, true);
    }
}
