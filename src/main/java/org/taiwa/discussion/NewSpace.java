package org.taiwa.discussion;

import java.util.Set;

import org.taiwa.security.policy.Visibility;

/** What the secretariat fills in to create a space; the id is given by {@link Spaces#create}. */
public record NewSpace(SpaceKind kind, String nameJa, String nameEn, String purpose, Visibility visibility,
                       Set<String> memberUsernames, Set<String> memberMunicipalities, Set<String> moderatorUsernames) {

    public static final int MAX_NAME = 100;

    /** @throws InvalidSpaceException for a missing kind, visibility or Japanese name, or a name too long */
    public NewSpace {
        if (kind == null || visibility == null) {
            throw new InvalidSpaceException("discussion.space.kind", "A space needs a kind and a visibility.");
        }
        if (nameJa == null || nameJa.isBlank()) {
            throw new InvalidSpaceException("discussion.space.name", "A space needs a Japanese name.");
        }
        nameJa = nameJa.strip();
        nameEn = nameEn == null || nameEn.isBlank() ? nameJa : nameEn.strip();
        if (nameJa.length() > MAX_NAME || nameEn.length() > MAX_NAME) {
            throw new InvalidSpaceException("discussion.space.name-too-long",
                    "A space's name may have at most " + MAX_NAME + " characters.", MAX_NAME);
        }
        purpose = purpose == null ? "" : purpose.strip();
        memberUsernames = Set.copyOf(memberUsernames == null ? Set.of() : memberUsernames);
        memberMunicipalities = Set.copyOf(memberMunicipalities == null ? Set.of() : memberMunicipalities);
        moderatorUsernames = Set.copyOf(moderatorUsernames == null ? Set.of() : moderatorUsernames);
    }
}
