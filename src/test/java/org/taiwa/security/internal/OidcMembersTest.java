package org.taiwa.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

class OidcMembersTest {

    @Test
    void reads_username_name_email_municipality_and_the_networks_roles() {
        SignedInMember member = OidcMembers.fromClaims(Map.of("sub", "f3a1", "preferred_username", "approver.minato",
                "name", "港区 承認者", "email", "a@example.org", "municipality", "港区",
                "roles", List.of("member", "approver", "offline_access", "default-roles-taiwa")));
        assertThat(member.username()).isEqualTo("approver.minato");
        assertThat(member.displayName()).isEqualTo("港区 承認者");
        assertThat(member.email()).isEqualTo("a@example.org");
        assertThat(member.municipality()).contains("港区");
        assertThat(member.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.APPROVER);
        assertThat(OidcMembers.authorities(member)).extracting(a -> a.getAuthority())
                .containsExactlyInAnyOrder("ROLE_member", "ROLE_approver");
    }

    @Test
    void without_a_name_claim_the_family_and_given_names_are_used_and_missing_claims_are_empty() {
        SignedInMember member = OidcMembers.fromClaims(Map.of("sub", "x1", "preferred_username", "secretariat",
                "family_name", "事務局", "given_name", "花子"));
        assertThat(member.displayName()).isEqualTo("事務局 花子");
        assertThat(member.municipality()).isEmpty();
        assertThat(member.roles()).isEmpty();
        assertThat(member.email()).isEmpty();
    }

    @Test
    void a_municipality_sent_as_a_list_takes_its_first_value_and_a_blank_one_is_none() {
        assertThat(OidcMembers.fromClaims(Map.of("preferred_username", "a", "municipality", List.of("新島村")))
                .municipality()).contains("新島村");
        assertThat(OidcMembers.fromClaims(Map.of("preferred_username", "a", "municipality", " ")).municipality())
                .isEmpty();
    }
}
