package org.taiwa.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taiwa.purchase.PurchaseFixtures.open;
import static org.taiwa.purchase.PurchaseFixtures.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.PurchaseConflictException.Reason;
import org.taiwa.purchase.SignUp.Placement;

@TaiwaIntegrationTest
class FirstComeIT {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    Campaigns campaigns;
    @Autowired
    SignUps signUps;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_full_campaign_waitlists_and_a_withdrawal_promotes_in_order_whole_requests_that_fit() {
        Campaign campaign = open(campaigns, member, AllocationRule.FIRST_COME, 10, 1, 10);
        SignUp a = signUp(campaign, "minato", 6);
        SignUp b = signUp(campaign, "shinjuku", 5);
        SignUp c = signUp(campaign, "hachioji", 3);
        SignUp d = signUp(campaign, "setagaya", 2);
        assertThat(List.of(a.placement(), b.placement(), c.placement(), d.placement()))
                .containsExactly(Placement.CONFIRMED, Placement.WAITLISTED, Placement.CONFIRMED, Placement.WAITLISTED);
        assertThat(remaining(campaign)).isEqualTo(1);
        member.signIn("secretariat");
        assertThat(signUps.waitlistPosition(b.id())).contains(1);
        assertThat(signUps.waitlistPosition(d.id())).contains(2);
        assertThat(signUps.waitlistPosition(a.id())).isEmpty();

        member.signIn("staff.minato");
        signUps.withdraw(a.id());
        member.signIn("secretariat");
        // 7 t free: b (5) first, then d (2)
        assertThat(signUps.find(b.id()).orElseThrow().placement()).isEqualTo(Placement.CONFIRMED);
        assertThat(signUps.find(d.id()).orElseThrow().placement()).isEqualTo(Placement.CONFIRMED);
        assertThat(remaining(campaign)).isZero();
    }

    @Test
    void more_than_the_campaign_offers_is_refused_and_not_waitlisted() {
        Campaign campaign = open(campaigns, member, AllocationRule.FIRST_COME, 10, 1, 50);
        member.signIn("staff.minato");
        assertThatThrownBy(() -> signUps.signUp(campaign.id(), new MunicipalityId("minato"), request(11), null))
                .isInstanceOfSatisfying(PurchaseConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CAPACITY_EXHAUSTED);
                    assertThat(e.getBody().getProperties()).containsEntry("waitlisted", false);
                });
        member.signIn("secretariat");
        assertThat(signUps.ofCampaign(campaign.id())).isEmpty();
    }

    @Test
    void lowering_a_confirmed_request_promotes_and_raising_it_beyond_what_is_left_is_refused() {
        Campaign campaign = open(campaigns, member, AllocationRule.FIRST_COME, 10, 1, 10);
        SignUp a = signUp(campaign, "minato", 8);
        SignUp b = signUp(campaign, "shinjuku", 4);
        assertThat(b.placement()).isEqualTo(Placement.WAITLISTED);
        member.signIn("staff.minato");
        SignUp lowered = signUps.change(a.id(), request(6));
        assertThat(lowered.placement()).isEqualTo(Placement.CONFIRMED);
        member.signIn("secretariat");
        assertThat(signUps.find(b.id()).orElseThrow().placement()).isEqualTo(Placement.CONFIRMED);
        assertThat(remaining(campaign)).isZero();

        member.signIn("staff.minato");
        assertThatThrownBy(() -> signUps.change(a.id(), request(7))).isInstanceOfSatisfying(
                PurchaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CAPACITY_EXHAUSTED));
        assertThat(signUps.find(a.id()).orElseThrow().request().tonnes()).isEqualTo(6);
        assertThat(remaining(campaign)).isZero();
    }

    @Test
    void a_sign_up_a_crash_left_requested_is_repaired_from_the_campaigns_claims() {
        Campaign campaign = open(campaigns, member, AllocationRule.FIRST_COME, 10, 1, 10);
        SignUp claimed = signUp(campaign, "minato", 4);
        SignUp unclaimed = signUp(campaign, "shinjuku", 3);
        // the crash: minato's claim was made but the sign-up not yet marked; shinjuku's claim never made
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id())),
                Update.update("placement", Placement.REQUESTED), "sign_ups");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(unclaimed.id())),
                Update.update("placement", Placement.REQUESTED), "sign_ups");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(campaign.id())), new Update().inc("remainingTonnes", 3)
                .pull("claims", new Document("signUpId", unclaimed.id())), "campaigns");
        assertThat(remaining(campaign)).isEqualTo(6);

        member.signIn("secretariat");
        assertThat(signUps.find(claimed.id()).orElseThrow().placement()).isEqualTo(Placement.CONFIRMED);
        assertThat(remaining(campaign)).as("the existing claim is not made twice").isEqualTo(6);
        assertThat(signUps.find(unclaimed.id()).orElseThrow().placement()).isEqualTo(Placement.CONFIRMED);
        assertThat(remaining(campaign)).isEqualTo(3);
    }

    @Test
    void a_withdrawal_a_crash_left_holding_its_claim_gives_it_back_on_read() {
        Campaign campaign = open(campaigns, member, AllocationRule.FIRST_COME, 10, 1, 10);
        SignUp a = signUp(campaign, "minato", 8);
        SignUp b = signUp(campaign, "shinjuku", 5);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(a.id())), Update.update("withdrawn", true), "sign_ups");
        member.signIn("secretariat");
        signUps.ofCampaign(campaign.id());
        assertThat(signUps.find(b.id()).orElseThrow().placement()).isEqualTo(Placement.CONFIRMED);
        assertThat(remaining(campaign)).isEqualTo(5);
    }

    @Test
    void closing_keeps_the_waitlist_waiting() {
        Campaign campaign = open(campaigns, member, AllocationRule.FIRST_COME, 5, 1, 10);
        signUp(campaign, "minato", 5);
        SignUp b = signUp(campaign, "shinjuku", 2);
        member.signIn("secretariat");
        campaigns.transition(campaign.id(), CampaignStatus.CLOSED);
        assertThat(signUps.find(b.id()).orElseThrow().placement()).isEqualTo(Placement.WAITLISTED);
        assertThat(campaigns.find(campaign.id()).orElseThrow().remainingTonnes()).isZero();
    }

    SignUp signUp(Campaign campaign, String municipality, long tonnes) {
        member.signIn("staff." + municipality);
        return signUps.signUp(campaign.id(), new MunicipalityId(municipality), request(tonnes),
                UUID.randomUUID().toString());
    }

    long remaining(Campaign campaign) {
        return mongo.findById(campaign.id(), Document.class, "campaigns").get("remainingTonnes", Number.class)
                .longValue();
    }

    static Instant now() {
        return Instant.now();
    }
}
