package org.taiwa.security.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

/**
 * Every object type and action against five people: the owner (港区 staff who is the space member,
 * author, uploader, or whose municipality signed up), a member of another municipality (八王子市),
 * a network moderator (武蔵野市), the secretariat, and an anonymous visitor. Y = allowed.
 */
class AuthorizationMatrixTest {

    private static final Viewer OWNER = member("owner.minato", "港区", Role.MEMBER);
    private static final Viewer OTHER = member("staff.hachioji", "八王子市", Role.MEMBER);
    private static final Viewer MODERATOR = member("moderator.musashino", "武蔵野市", Role.MEMBER, Role.MODERATOR);
    private static final Viewer SECRETARIAT = member("secretariat", null, Role.SECRETARIAT);
    private static final Viewer ANONYMOUS = Viewer.of(Optional.empty());
    private static final List<Viewer> PEOPLE = List.of(OWNER, OTHER, MODERATOR, SECRETARIAT, ANONYMOUS);

    private static final SpacePolicy.Space COMMITTEE = new SpacePolicy.Space(Visibility.MEMBERS_ONLY, Set.of(),
            Set.of("港区"), Set.of(), false);
    private static final SpacePolicy.Space FORUM = new SpacePolicy.Space(Visibility.ALL_MUNICIPALITIES, Set.of(),
            Set.of(), Set.of(), false);
    private static final SpacePolicy.Space PUBLIC = new SpacePolicy.Space(Visibility.PUBLIC, Set.of(), Set.of(),
            Set.of(), false);
    private static final PostPolicy.Post COMMITTEE_POST = new PostPolicy.Post("owner.minato", false, false, COMMITTEE);
    private static final PostPolicy.Post FORUM_POST = new PostPolicy.Post("owner.minato", false, false, FORUM);
    private static final PostPolicy.Post HIDDEN_POST = new PostPolicy.Post("owner.minato", false, true, FORUM);
    private static final PostPolicy.Post LOCKED_POST = new PostPolicy.Post("owner.minato", true, false, FORUM);
    private static final DocumentPolicy.Document COMMITTEE_DOC = new DocumentPolicy.Document(Visibility.MEMBERS_ONLY,
            Optional.of(COMMITTEE), "owner.minato");
    private static final DocumentPolicy.Document NETWORK_DOC = new DocumentPolicy.Document(
            Visibility.ALL_MUNICIPALITIES, Optional.empty(), "owner.minato");
    private static final DocumentPolicy.Document PUBLIC_DOC = new DocumentPolicy.Document(Visibility.PUBLIC,
            Optional.empty(), "owner.minato");
    private static final PurchasePolicy.SignUp MINATO_SIGN_UP = new PurchasePolicy.SignUp("港区");

    private static final Map<String, java.util.function.Predicate<Viewer>> RULES = Map.ofEntries(
            Map.entry("committee.read", v -> SpacePolicy.canRead(v, COMMITTEE)),
            Map.entry("committee.post", v -> SpacePolicy.canPost(v, COMMITTEE)),
            Map.entry("committee.moderate", v -> SpacePolicy.canModerate(v, COMMITTEE)),
            Map.entry("space.manage", SpacePolicy::canManage),
            Map.entry("forum.read", v -> SpacePolicy.canRead(v, FORUM)),
            Map.entry("forum.post", v -> SpacePolicy.canPost(v, FORUM)),
            Map.entry("forum.moderate", v -> SpacePolicy.canModerate(v, FORUM)),
            Map.entry("public-space.read", v -> SpacePolicy.canRead(v, PUBLIC)),
            Map.entry("public-space.post", v -> SpacePolicy.canPost(v, PUBLIC)),
            Map.entry("committee-post.read", v -> PostPolicy.canRead(v, COMMITTEE_POST)),
            Map.entry("committee-post.reply", v -> PostPolicy.canReply(v, COMMITTEE_POST)),
            Map.entry("committee-post.edit", v -> PostPolicy.canEdit(v, COMMITTEE_POST)),
            Map.entry("committee-post.delete", v -> PostPolicy.canDelete(v, COMMITTEE_POST)),
            Map.entry("committee-post.moderate", v -> PostPolicy.canModerate(v, COMMITTEE_POST)),
            Map.entry("forum-post.edit", v -> PostPolicy.canEdit(v, FORUM_POST)),
            Map.entry("forum-post.delete", v -> PostPolicy.canDelete(v, FORUM_POST)),
            Map.entry("forum-post.moderate", v -> PostPolicy.canModerate(v, FORUM_POST)),
            Map.entry("hidden-post.read", v -> PostPolicy.canRead(v, HIDDEN_POST)),
            Map.entry("locked-post.reply", v -> PostPolicy.canReply(v, LOCKED_POST)),
            Map.entry("locked-post.edit", v -> PostPolicy.canEdit(v, LOCKED_POST)),
            Map.entry("committee-doc.read", v -> DocumentPolicy.canRead(v, COMMITTEE_DOC)),
            Map.entry("committee-doc.edit", v -> DocumentPolicy.canEdit(v, COMMITTEE_DOC)),
            Map.entry("committee-doc.delete", v -> DocumentPolicy.canDelete(v, COMMITTEE_DOC)),
            Map.entry("network-doc.read", v -> DocumentPolicy.canRead(v, NETWORK_DOC)),
            Map.entry("public-doc.read", v -> DocumentPolicy.canRead(v, PUBLIC_DOC)),
            Map.entry("document.upload", DocumentPolicy::canUpload),
            Map.entry("campaign.view", PurchasePolicy::canViewCampaign),
            Map.entry("campaign.manage", PurchasePolicy::canManageCampaigns),
            Map.entry("sign-up.edit", v -> PurchasePolicy.canEditSignUp(v, MINATO_SIGN_UP)),
            Map.entry("sign-up.approve", v -> PurchasePolicy.canApprove(v, MINATO_SIGN_UP)),
            Map.entry("sign-up.view", v -> PurchasePolicy.canViewSignUp(v, MINATO_SIGN_UP)),
            Map.entry("factor-set.read", FactorSetPolicy::canRead),
            Map.entry("factor-set.manage", FactorSetPolicy::canManage));

    //  action                     owner other moderator secretariat anonymous
    private static final String MATRIX = """
            committee.read              Y N N Y N
            committee.post              Y N N Y N
            committee.moderate          N N N Y N
            space.manage                N N N Y N
            forum.read                  Y Y Y Y N
            forum.post                  Y Y Y Y N
            forum.moderate              N N Y Y N
            public-space.read           Y Y Y Y Y
            public-space.post           Y Y Y Y N
            committee-post.read         Y N N Y N
            committee-post.reply        Y N N Y N
            committee-post.edit         Y N N N N
            committee-post.delete       Y N N Y N
            committee-post.moderate     N N N Y N
            forum-post.edit             Y N N N N
            forum-post.delete           Y N Y Y N
            forum-post.moderate         N N Y Y N
            hidden-post.read            Y N Y Y N
            locked-post.reply           N N N N N
            locked-post.edit            N N N N N
            committee-doc.read          Y N N Y N
            committee-doc.edit          Y N N Y N
            committee-doc.delete        Y N N Y N
            network-doc.read            Y Y Y Y N
            public-doc.read             Y Y Y Y Y
            document.upload             Y Y Y Y N
            campaign.view               Y Y Y Y N
            campaign.manage             N N N Y N
            sign-up.edit                Y N N N N
            sign-up.approve             N N N N N
            sign-up.view                Y N N Y N
            factor-set.read             Y Y Y Y Y
            factor-set.manage           N N N Y N
            """;

    static Stream<Arguments> cells() {
        return MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).flatMap(line -> {
            String[] parts = line.split("\\s+");
            return java.util.stream.IntStream.range(0, PEOPLE.size())
                    .mapToObj(i -> Arguments.of(parts[0], name(PEOPLE.get(i)), PEOPLE.get(i), "Y".equals(parts[i + 1])));
        });
    }

    @ParameterizedTest(name = "{0} by {1}: {3}")
    @MethodSource("cells")
    void every_cell_of_the_matrix_holds(String action, String who, Viewer viewer, boolean allowed) {
        assertThat(RULES).containsKey(action);
        assertThat(RULES.get(action).test(viewer)).as("%s by %s", action, who).isEqualTo(allowed);
    }

    @Test
    void the_matrix_covers_every_rule() {
        assertThat(MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")[0]))
                .containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @Test
    void an_approver_approves_only_their_own_municipality() {
        Viewer minatoApprover = member("approver.minato", "港区", Role.MEMBER, Role.APPROVER);
        Viewer hachiojiApprover = member("approver.hachioji", "八王子市", Role.MEMBER, Role.APPROVER);
        assertThat(PurchasePolicy.canApprove(minatoApprover, MINATO_SIGN_UP)).isTrue();
        assertThat(PurchasePolicy.canApprove(hachiojiApprover, MINATO_SIGN_UP)).isFalse();
    }

    @Test
    void space_moderators_and_named_members_count_as_well_as_whole_municipalities() {
        Viewer academic = member("academic.yamada", null, Role.ACADEMIC);
        var expertCommittee = new SpacePolicy.Space(Visibility.MEMBERS_ONLY, Set.of("academic.yamada"), Set.of(),
                Set.of("staff.hachioji"), false);
        assertThat(SpacePolicy.canPost(academic, expertCommittee)).isTrue();
        assertThat(SpacePolicy.canModerate(OTHER, expertCommittee)).isTrue();
        assertThat(SpacePolicy.canRead(OWNER, expertCommittee)).isFalse();
    }

    @Test
    void an_archived_space_is_read_only() {
        var archived = new SpacePolicy.Space(Visibility.ALL_MUNICIPALITIES, Set.of(), Set.of(), Set.of(), true);
        assertThat(SpacePolicy.canRead(OWNER, archived)).isTrue();
        assertThat(SpacePolicy.canPost(OWNER, archived)).isFalse();
        assertThat(PostPolicy.canEdit(OWNER, new PostPolicy.Post("owner.minato", false, false, archived))).isFalse();
    }

    @Test
    void require_throws_access_denied_when_not_allowed() {
        Permissions.require(true, "read");
        assertThatThrownBy(() -> Permissions.require(false, "campaign.manage"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("campaign.manage");
    }

    private static Viewer member(String username, String municipality, Role... roles) {
        return Viewer.of(Optional.of(new SignedInMember(username, username, "", Optional.ofNullable(municipality),
                Set.of(roles))));
    }

    private static String name(Viewer viewer) {
        return viewer.signedIn() ? viewer.username() : "anonymous";
    }

}
