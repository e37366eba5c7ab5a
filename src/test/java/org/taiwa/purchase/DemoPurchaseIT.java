package org.taiwa.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.Participation;

@TaiwaIntegrationTest
class DemoPurchaseIT {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    Campaigns campaigns;
    @Autowired
    SignUps signUps;
    @Autowired
    MunicipalityDirectory directory;

    @Test
    void the_2011_replay_shows_35_municipalities_and_47_events_settled() {
        member.signIn("secretariat");
        Campaign campaign = campaigns.find("kamaishi-2011").orElseThrow();
        assertThat(campaign.status()).isEqualTo(CampaignStatus.SETTLED);
        CreditProject project = campaigns.project(campaign.projectId()).orElseThrow();
        assertThat(project.issuer()).isEqualTo("釜石地方森林組合 / 釜石市");
        assertThat(project.scheme()).isEqualTo("J-VER");
        assertThat(project.vintage()).isEqualTo(2010);

        List<SignUp> all = signUps.ofCampaign(campaign.id());
        assertThat(all).hasSize(35).allMatch(SignUp::binding);
        assertThat(all).extracting(s -> s.municipality().value()).containsExactlyInAnyOrderElementsOf(
                directory.all().stream().filter(m -> m.tookPartIn(Participation.JOINT_PURCHASE_2011))
                        .map(Municipality::id).map(Object::toString).toList());
        List<SignUp.Retirement> retirements = all.stream().flatMap(s -> s.retirements().stream()).toList();
        assertThat(retirements).hasSize(47);
        assertThat(retirements).extracting(SignUp.Retirement::certificateNumber).doesNotHaveDuplicates();
        long retired = retirements.stream().mapToLong(SignUp.Retirement::tonnes).sum();
        assertThat(retired).isEqualTo(campaign.totalTonnes())
                .isEqualTo(all.stream().mapToLong(SignUp::allocatedTonnes).sum());
        assertThat(all.stream().flatMap(s -> s.request().events().stream()))
                .allSatisfy(e -> assertThat(e.date()).isBetween(java.time.LocalDate.of(2011, 4, 1),
                        java.time.LocalDate.of(2012, 3, 31)));
    }

    @Test
    void an_open_first_come_campaign_has_sign_ups_that_add_up() {
        Campaign open = campaigns.find("kamaishi-2026").orElseThrow();
        assertThat(campaigns.open()).extracting(Campaign::id).contains(open.id());
        member.signIn("secretariat");
        long confirmed = signUps.ofCampaign(open.id()).stream()
                .filter(s -> s.placement() == SignUp.Placement.CONFIRMED && !s.withdrawn())
                .mapToLong(s -> s.request().tonnes()).sum();
        assertThat(confirmed).isPositive();
        assertThat(campaigns.find(open.id()).orElseThrow().remainingTonnes()).isEqualTo(open.totalTonnes() - confirmed);
    }
}
