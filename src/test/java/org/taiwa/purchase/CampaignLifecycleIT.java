package org.taiwa.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taiwa.purchase.PurchaseFixtures.open;
import static org.taiwa.purchase.PurchaseFixtures.request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.PurchaseConflictException.Reason;

@TaiwaIntegrationTest
@RecordApplicationEvents
class CampaignLifecycleIT {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    Campaigns campaigns;
    @Autowired
    SignUps signUps;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_campaign_moves_draft_open_closed_allocated_settled_audited_and_announced() {
        member.signIn("secretariat");
        Campaign draft = campaigns.create(PurchaseFixtures.newCampaign(AllocationRule.PRO_RATA, 10, 1, 10,
                Instant.now().minus(1, ChronoUnit.HOURS)));
        assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(draft.remainingTonnes()).isEqualTo(10);
        member.signIn("staff.minato");
        assertThat(campaigns.find(draft.id())).as("drafts are the secretariat's").isEmpty();

        member.signIn("secretariat");
        Campaign open = campaigns.transition(draft.id(), CampaignStatus.OPEN);
        assertThat(open.status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(lastEvent(draft.id()).municipalities()).as("an opening is announced to all").hasSize(62);
        signUpApproved(open, "minato", 6, 4, 2);
        signUpApproved(open, "shinjuku", 6, 6);
        member.signIn("staff.hachioji");
        signUps.signUp(open.id(), new MunicipalityId("hachioji"), request(3), null); // never approved

        member.signIn("secretariat");
        campaigns.transition(draft.id(), CampaignStatus.CLOSED);
        assertThat(lastEvent(draft.id()).municipalities()).extracting(MunicipalityId::value)
                .containsExactlyInAnyOrder("minato", "shinjuku", "hachioji");
        Campaign allocated = campaigns.transition(draft.id(), CampaignStatus.ALLOCATED);
        Map<String, Long> allocations = signUps.ofCampaign(draft.id()).stream().filter(s -> s.allocatedTonnes() != null)
                .collect(Collectors.toMap(s -> s.municipality().value(), SignUp::allocatedTonnes));
        // 12 asked for 10: 6·10/12 = 5 each, no remainder; hachioji is not binding
        assertThat(allocations).containsExactlyInAnyOrderEntriesOf(Map.of("minato", 5L, "shinjuku", 5L));
        assertThat(allocated.remainingTonnes()).isZero();

        campaigns.transition(draft.id(), CampaignStatus.SETTLED);
        SignUp minato = signUps.ofCampaign(draft.id()).stream().filter(s -> s.municipality().value().equals("minato"))
                .findFirst().orElseThrow();
        assertThat(minato.retirements()).extracting(SignUp.Retirement::tonnes).containsExactly(4L, 1L);
        assertThat(minato.retirements()).extracting(SignUp.Retirement::certificateNumber)
                .containsExactly(draft.id() + "-minato-1", draft.id() + "-minato-2");
        long retired = signUps.ofCampaign(draft.id()).stream().flatMap(s -> s.retirements().stream())
                .mapToLong(SignUp.Retirement::tonnes).sum();
        assertThat(retired).isEqualTo(10);
        assertThat(audit.find(new AuditFilter("", "campaign", null, null), 0, 200))
                .filteredOn(e -> e.target().equals(draft.id())).extracting(e -> e.action())
                .contains("campaign.create", "campaign.open", "campaign.closed", "campaign.allocated",
                        "campaign.settled");
        assertThat(lastEvent(draft.id()).to()).isEqualTo(CampaignStatus.SETTLED);
    }

    @Test
    void refused_transitions_are_conflicts_and_only_the_secretariat_transitions() {
        Campaign campaign = open(campaigns, member, AllocationRule.FIRST_COME, 10, 1, 10);
        assertThatThrownBy(() -> campaigns.transition(campaign.id(), CampaignStatus.SETTLED))
                .isInstanceOfSatisfying(PurchaseConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_TRANSITION));
        assertThatThrownBy(() -> campaigns.transition(campaign.id(), CampaignStatus.DRAFT))
                .isInstanceOf(PurchaseConflictException.class);
        member.signIn("staff.minato");
        assertThatThrownBy(() -> campaigns.transition(campaign.id(), CampaignStatus.CLOSED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.create(PurchaseFixtures.newCampaign(AllocationRule.PRO_RATA, 10, 1, 10,
                Instant.now()))).isInstanceOf(AccessDeniedException.class);
        member.signIn("secretariat");
        assertThat(campaigns.transition(campaign.id(), CampaignStatus.CANCELLED).status())
                .isEqualTo(CampaignStatus.CANCELLED);
        assertThatThrownBy(() -> campaigns.transition(campaign.id(), CampaignStatus.OPEN))
                .isInstanceOf(PurchaseConflictException.class);
    }

    @Test
    void a_new_campaign_with_bad_values_is_refused_naming_the_field() {
        member.signIn("secretariat");
        Instant now = Instant.now();
        Instant later = now.plus(10, ChronoUnit.DAYS);
        assertField(new NewCampaign(" ", PurchaseFixtures.PROJECT, 10, 1, now, later, 1, 5, AllocationRule.PRO_RATA,
                null), "title");
        assertField(new NewCampaign("t", "nope", 10, 1, now, later, 1, 5, AllocationRule.PRO_RATA, null), "projectId");
        assertField(new NewCampaign("t", PurchaseFixtures.PROJECT, 0, 1, now, later, 1, 5, AllocationRule.PRO_RATA,
                null), "totalTonnes");
        assertField(new NewCampaign("t", PurchaseFixtures.PROJECT, 10, 1, later, now, 1, 5, AllocationRule.PRO_RATA,
                null), "closesAt");
        assertField(new NewCampaign("t", PurchaseFixtures.PROJECT, 10, 1, now, later, 6, 5, AllocationRule.PRO_RATA,
                null), "maxTonnes");
        assertField(new NewCampaign("t", PurchaseFixtures.PROJECT, 10, 1, now, later, 1, 5, AllocationRule.LOTTERY,
                " "), "lotterySeed");
        assertField(new NewCampaign("t", PurchaseFixtures.PROJECT, 10, -1, now, later, 1, 5, AllocationRule.PRO_RATA,
                null), "pricePerTonneYen");
    }

    @Test
    void a_lottery_allocates_by_the_published_seed_and_never_more_than_on_offer() {
        Campaign campaign = open(campaigns, member, AllocationRule.LOTTERY, 10, 1, 10);
        assertThat(campaign.lotterySeed()).isNotBlank();
        signUpApproved(campaign, "minato", 6);
        signUpApproved(campaign, "shinjuku", 6);
        signUpApproved(campaign, "hachioji", 4);
        member.signIn("secretariat");
        campaigns.transition(campaign.id(), CampaignStatus.CLOSED);
        campaigns.transition(campaign.id(), CampaignStatus.ALLOCATED);
        List<SignUp> all = signUps.ofCampaign(campaign.id());
        var expected = Allocator.allocate(AllocationRule.LOTTERY, 10, all.stream().map(s -> new AllocationRequest(
                s.municipality().value(), s.request().tonnes(), s.sequence())).toList(), campaign.lotterySeed());
        assertThat(all).extracting(SignUp::allocatedTonnes)
                .containsExactlyElementsOf(expected.stream().map(Allocation::allocated).toList());
        assertThat(all.stream().mapToLong(SignUp::allocatedTonnes).sum()).isLessThanOrEqualTo(10);
    }

    private void signUpApproved(Campaign campaign, String municipality, long tonnes, long... events) {
        member.signIn("staff." + municipality);
        SignUp signUp = signUps.signUp(campaign.id(), new MunicipalityId(municipality),
                events.length == 0 ? request(tonnes) : request(tonnes, events), null);
        member.signIn("approver." + municipality);
        signUps.approve(signUp.id());
    }

    private CampaignTransitioned lastEvent(String campaignId) {
        return events.stream(CampaignTransitioned.class).filter(e -> e.campaignId().equals(campaignId)).reduce((a, b) -> b)
                .orElseThrow();
    }

    private void assertField(NewCampaign campaign, String field) {
        assertThatThrownBy(() -> campaigns.create(campaign)).isInstanceOfSatisfying(InvalidPurchaseException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
