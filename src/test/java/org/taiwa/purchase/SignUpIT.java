package org.taiwa.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taiwa.purchase.PurchaseFixtures.open;
import static org.taiwa.purchase.PurchaseFixtures.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.PurchaseConflictException.Reason;

@TaiwaIntegrationTest
class SignUpIT {

    static final MunicipalityId MINATO = new MunicipalityId("minato");
    static final MunicipalityId SHINJUKU = new MunicipalityId("shinjuku");

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    Campaigns campaigns;
    @Autowired
    SignUps signUps;

    @Test
    void staff_sign_up_for_their_own_municipality_only() {
        Campaign campaign = open(campaigns, member, AllocationRule.PRO_RATA, 100, 1, 20);
        member.signIn("staff.minato");
        SignUp signUp = signUps.signUp(campaign.id(), MINATO, request(5), null);
        assertThat(signUp.placement()).isEqualTo(SignUp.Placement.REQUESTED);
        assertThat(signUp.createdBy()).isEqualTo("staff.minato");
        assertThat(signUp.binding()).isFalse();

        assertThatThrownBy(() -> signUps.signUp(campaign.id(), SHINJUKU, request(5), null))
                .isInstanceOf(AccessDeniedException.class);
        member.signIn("secretariat");
        assertThat(signUps.signUp(campaign.id(), SHINJUKU, request(5), null).createdBy()).isEqualTo("secretariat");
    }

    @Test
    void a_municipality_signs_up_once_per_campaign_and_a_repeated_key_returns_the_first_sign_up() {
        Campaign campaign = open(campaigns, member, AllocationRule.PRO_RATA, 100, 1, 20);
        member.signIn("staff.minato");
        SignUp first = signUps.signUp(campaign.id(), MINATO, request(5), "key-1");
        SignUp again = signUps.signUp(campaign.id(), MINATO, request(7), "key-1");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.request().tonnes()).isEqualTo(5);

        assertThatThrownBy(() -> signUps.signUp(campaign.id(), MINATO, request(5), "key-2"))
                .isInstanceOfSatisfying(PurchaseConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_SIGNED_UP));
        assertThatThrownBy(() -> signUps.signUp(campaign.id(), MINATO, request(5), null))
                .isInstanceOf(PurchaseConflictException.class);
        member.signIn("secretariat");
        assertThat(signUps.ofCampaign(campaign.id())).hasSize(1);
    }

    @Test
    void sign_ups_outside_the_window_are_refused() {
        member.signIn("secretariat");
        Campaign later = campaigns.create(PurchaseFixtures.newCampaign(AllocationRule.PRO_RATA, 100, 1, 20,
                Instant.now().plus(1, ChronoUnit.DAYS)));
        assertThatThrownBy(() -> signUps.signUp(later.id(), MINATO, request(5), null))
                .isInstanceOfSatisfying(PurchaseConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WINDOW_CLOSED));
        campaigns.transition(later.id(), CampaignStatus.OPEN);
        assertThatThrownBy(() -> signUps.signUp(later.id(), MINATO, request(5), null))
                .isInstanceOfSatisfying(PurchaseConflictException.class,
                        e -> assertThat(e.getBody().getProperties()).containsEntry("reason", "window-closed"));
        assertThat(signUps.ofCampaign(later.id())).isEmpty();
    }

    @Test
    void bad_values_are_refused_naming_the_field() {
        Campaign campaign = open(campaigns, member, AllocationRule.PRO_RATA, 100, 2, 10);
        member.signIn("staff.minato");
        assertField(() -> signUps.signUp(campaign.id(), MINATO, request(1), null), "tonnes");
        assertField(() -> signUps.signUp(campaign.id(), MINATO, request(11), null), "tonnes");
        assertField(() -> signUps.signUp(campaign.id(), MINATO, request(5, 3, 3), null), "events");
        assertField(() -> signUps.signUp(campaign.id(), MINATO, request(5, 3, 0), null), "events[1].tonnes");
        assertField(() -> signUps.signUp(campaign.id(), MINATO, new SignUpRequest(5,
                new SignUpRequest.Contact("山田", "not-an-address", ""), List.of()), null), "contact.email");
        assertField(() -> signUps.signUp(campaign.id(), MINATO, new SignUpRequest(5,
                new SignUpRequest.Contact(" ", "a@b.jp", ""), List.of()), null), "contact.name");
        assertField(() -> signUps.signUp(campaign.id(), MINATO, new SignUpRequest(5,
                new SignUpRequest.Contact("山田", "a@b.jp", ""), List.of(new SignUpRequest.EventToOffset(" ",
                LocalDate.of(2026, 1, 1), 1, null))), null), "events[0].name");
        assertThat(signUps.ofCampaign(campaign.id())).isEmpty();
    }

    @Test
    void only_an_approver_of_the_same_municipality_approves_and_a_changed_tonnage_needs_approval_again() {
        Campaign campaign = open(campaigns, member, AllocationRule.PRO_RATA, 100, 1, 20);
        member.signIn("staff.minato");
        SignUp signUp = signUps.signUp(campaign.id(), MINATO, request(5), null);
        assertThatThrownBy(() -> signUps.approve(signUp.id())).isInstanceOf(AccessDeniedException.class);
        member.signIn("approver.shinjuku");
        assertThatThrownBy(() -> signUps.approve(signUp.id())).isInstanceOf(AccessDeniedException.class);
        member.signIn("secretariat");
        assertThatThrownBy(() -> signUps.approve(signUp.id())).isInstanceOf(AccessDeniedException.class);

        member.signIn("approver.minato");
        SignUp approved = signUps.approve(signUp.id());
        assertThat(approved.binding()).isTrue();
        assertThat(approved.approval().approvedBy()).isEqualTo("approver.minato");

        member.signIn("staff.minato");
        SignUp newContact = signUps.change(signUp.id(), new SignUpRequest(5,
                new SignUpRequest.Contact("環境課 佐藤", "sato@example.jp", ""), List.of()));
        assertThat(newContact.approved()).as("same tonnes keep the approval").isTrue();
        assertThat(newContact.request().contact().name()).isEqualTo("環境課 佐藤");
        SignUp moreTonnes = signUps.change(signUp.id(), request(8));
        assertThat(moreTonnes.approved()).isFalse();
        assertThat(moreTonnes.request().tonnes()).isEqualTo(8);
    }

    @Test
    void a_withdrawn_sign_up_does_not_bind_and_nothing_changes_after_the_close() {
        Campaign campaign = open(campaigns, member, AllocationRule.PRO_RATA, 100, 1, 20);
        member.signIn("staff.minato");
        SignUp minato = signUps.signUp(campaign.id(), MINATO, request(5), null);
        member.signIn("staff.shinjuku");
        SignUp shinjuku = signUps.signUp(campaign.id(), SHINJUKU, request(5), null);
        member.signIn("approver.minato");
        signUps.approve(minato.id());
        member.signIn("staff.minato");
        SignUp withdrawn = signUps.withdraw(minato.id());
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.binding()).isFalse();
        assertThatThrownBy(() -> signUps.change(minato.id(), request(6))).isInstanceOf(PurchaseConflictException.class);

        member.signIn("secretariat");
        campaigns.transition(campaign.id(), CampaignStatus.CLOSED);
        member.signIn("staff.shinjuku");
        assertThatThrownBy(() -> signUps.withdraw(shinjuku.id())).isInstanceOfSatisfying(
                PurchaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WINDOW_CLOSED));
        assertThatThrownBy(() -> signUps.change(shinjuku.id(), request(6))).isInstanceOf(
                PurchaseConflictException.class);
        member.signIn("approver.shinjuku");
        assertThatThrownBy(() -> signUps.approve(shinjuku.id())).isInstanceOfSatisfying(
                PurchaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WINDOW_CLOSED));
    }

    @Test
    void members_see_their_own_municipalitys_sign_ups_and_the_secretariat_all() {
        Campaign campaign = open(campaigns, member, AllocationRule.PRO_RATA, 100, 1, 20);
        member.signIn("staff.minato");
        SignUp minato = signUps.signUp(campaign.id(), MINATO, request(5), null);
        member.signIn("staff.shinjuku");
        signUps.signUp(campaign.id(), SHINJUKU, request(5), null);
        assertThat(signUps.ofCampaign(campaign.id())).extracting(SignUp::municipality).containsExactly(SHINJUKU);
        assertThatThrownBy(() -> signUps.find(minato.id())).isInstanceOf(AccessDeniedException.class);
        member.signIn("secretariat");
        assertThat(signUps.ofCampaign(campaign.id())).extracting(SignUp::municipality)
                .containsExactly(MINATO, SHINJUKU);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidPurchaseException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
