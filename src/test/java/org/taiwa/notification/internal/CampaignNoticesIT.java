package org.taiwa.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.Member;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.notification.NotificationKind;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.CampaignTransitioned;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.NewCampaign;
import org.taiwa.purchase.SignUpRequest;
import org.taiwa.purchase.SignUps;
import org.taiwa.security.SignedInMember;

@TaiwaIntegrationTest
class CampaignNoticesIT {

    @RegisterExtension
    final DemoMember demo = new DemoMember();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CampaignNotices notices;
    @Autowired
    Campaigns campaigns;
    @Autowired
    SignUps signUps;
    @Autowired
    DigestMail digest;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_transition_tells_the_members_of_the_listed_municipalities_once_and_not_the_actor() throws Exception {
        var members = new TestMembers(events);
        SignedInMember islander = members.create("kozushima", "神津島村");
        SignedInMember elsewhere = members.create("mikurajima", "御蔵島村");
        String campaignId = "notice-test-" + System.nanoTime();
        var event = new CampaignTransitioned(campaignId, "テスト共同購入", CampaignStatus.CLOSED, CampaignStatus.ALLOCATED,
                islander.username(), List.of(new MunicipalityId("kozushima")));
        SignedInMember neighbour = members.create("kozushima", "神津島村");
        events.publishEvent(event);
        events.publishEvent(event);
        notices.drain();

        assertThat(notices(neighbour)).extracting(NotificationDocument::kind, NotificationDocument::subject,
                NotificationDocument::route).containsExactly(tuple(NotificationKind.CAMPAIGN_ALLOCATED, campaignId,
                "campaigns/" + campaignId));
        assertThat(notices(neighbour).getFirst().params()).containsExactly(islander.displayName(), "テスト共同購入");
        assertThat(notices(islander)).as("not the one who made the change").isEmpty();
        assertThat(notices(elsewhere)).isEmpty();
    }

    @Test
    void opening_a_campaign_tells_every_municipality_and_the_digest_lists_it() throws Exception {
        SignedInMember member = new TestMembers(events).create("aogashima", "青ヶ島村");
        demo.signIn("secretariat");
        Campaign campaign = campaigns.create(new NewCampaign("告知テスト " + System.nanoTime(), "kamaishi-forest-jcredit",
                10, 12_000, Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(5, ChronoUnit.DAYS), 1, 5,
                AllocationRule.FIRST_COME, null));
        campaigns.transition(campaign.id(), CampaignStatus.OPEN);
        signUps.signUp(campaign.id(), new MunicipalityId("aogashima"), new SignUpRequest(2,
                new SignUpRequest.Contact("担当", "a@example.jp", ""), List.of()), null);
        campaigns.transition(campaign.id(), CampaignStatus.CLOSED);
        notices.drain();

        List<NotificationDocument> got = notices(member);
        assertThat(got).extracting(NotificationDocument::kind)
                .containsExactlyInAnyOrder(NotificationKind.CAMPAIGN_OPENED, NotificationKind.CAMPAIGN_CLOSED);
        var profile = new Member(member.username(), member.displayName(), member.email(),
                java.util.Optional.of(new MunicipalityId("aogashima")), Set.of("member"), Locale.JAPANESE,
                Instant.now(), Instant.now());
        String text = digest.write(profile, got.stream().map(NotificationDocument::toNotification).toList(),
                got.size()).getText();
        assertThat(text).contains("共同購入「" + campaign.title() + "」の申込受付を開始しました")
                .contains("/campaigns/" + campaign.id());
    }

    private List<NotificationDocument> notices(SignedInMember member) {
        return mongo.find(Query.query(Criteria.where(NotificationDocument.RECIPIENT).is(member.username())),
                NotificationDocument.class);
    }
}
