package org.taiwa.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.policy.DocumentPolicy;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;
import org.taiwa.security.policy.Visibility;

/** The query-side rule must give the same answer as {@link DocumentPolicy#canRead}, cell by cell. */
class ReadableDocumentsTest {

    private static final Map<String, SpacePolicy.Space> SPACES = Map.of(
            "committee", new SpacePolicy.Space(Visibility.MEMBERS_ONLY, Set.of("academic.yamada"), Set.of("港区"),
                    Set.of(), false),
            "experts", new SpacePolicy.Space(Visibility.MEMBERS_ONLY, Set.of("academic.yamada"), Set.of(), Set.of(),
                    false),
            "forum", new SpacePolicy.Space(Visibility.ALL_MUNICIPALITIES, Set.of(), Set.of(), Set.of(), false));

    private static final List<Viewer> VIEWERS = List.of(Viewer.ANONYMOUS,
            member("staff.minato", "港区", Role.MEMBER), member("staff.mitaka", "三鷹市", Role.MEMBER),
            member("academic.yamada", null, Role.ACADEMIC), member("secretariat", null, Role.SECRETARIAT),
            member("moderator.musashino", "武蔵野市", Role.MEMBER, Role.MODERATOR));

    @Test
    void agrees_with_the_document_policy_for_every_viewer_and_document() {
        int cells = 0;
        for (Viewer viewer : VIEWERS) {
            ReadableDocuments scope = scope(viewer);
            for (Visibility visibility : Visibility.values()) {
                for (String spaceId : new String[] {null, "committee", "experts", "forum"}) {
                    for (String uploader : new String[] {"staff.mitaka", "staff.minato"}) {
                        var document = new DocumentPolicy.Document(visibility,
                                Optional.ofNullable(spaceId).map(SPACES::get), uploader);
                        assertThat(scope.permits(visibility, spaceId, uploader))
                                .as("%s reading %s %s by %s", viewer.username(), visibility, spaceId, uploader)
                                .isEqualTo(DocumentPolicy.canRead(viewer, document));
                        cells++;
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(VIEWERS.size() * 3 * 4 * 2);
    }

    @Test
    void a_non_member_does_not_read_a_committee_document() {
        assertThat(scope(VIEWERS.get(2)).permits(Visibility.MEMBERS_ONLY, "committee", "staff.minato")).isFalse();
        assertThat(scope(VIEWERS.get(1)).permits(Visibility.MEMBERS_ONLY, "committee", "staff.shinjuku")).isTrue();
    }

    private static ReadableDocuments scope(Viewer viewer) {
        Set<String> readable = SPACES.entrySet().stream().filter(e -> SpacePolicy.canRead(viewer, e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return new ReadableDocuments(viewer.isSecretariat(), viewer.signedIn(), viewer.username(), readable);
    }

    private static Viewer member(String username, String municipality, Role... roles) {
        return new Viewer.Member(new SignedInMember(username, username, "", Optional.ofNullable(municipality),
                Set.of(roles)));
    }
}
