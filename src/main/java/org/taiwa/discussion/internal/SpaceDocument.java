package org.taiwa.discussion.internal;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.SpaceKind;
import org.taiwa.security.policy.Visibility;

/** A space as stored in the {@code spaces} collection. */
@Document("spaces")
public record SpaceDocument(@Id String id, SpaceKind kind, String nameJa, String nameEn, String purpose,
                            Visibility visibility, Set<String> memberUsernames, Set<String> memberMunicipalities,
                            Set<String> moderatorUsernames, boolean archived) {

    public static SpaceDocument of(Space s) {
        return new SpaceDocument(s.id().value(), s.kind(), s.nameJa(), s.nameEn(), s.purpose(), s.visibility(),
                s.memberUsernames(), s.memberMunicipalities(), s.moderatorUsernames(), s.archived());
    }

    public Space toSpace() {
        return new Space(new SpaceId(id), kind, nameJa, nameEn, purpose, visibility, orEmpty(memberUsernames),
                orEmpty(memberMunicipalities), orEmpty(moderatorUsernames), archived);
    }

    private static Set<String> orEmpty(Set<String> set) {
        return set == null ? Set.of() : set;
    }
}
