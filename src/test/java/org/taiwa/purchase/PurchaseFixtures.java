package org.taiwa.purchase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.taiwa.DemoMember;

/** Campaigns of their own for each test, made and opened as the secretariat; requests that pass validation. */
final class PurchaseFixtures {

    /** The demo J-クレジット project (5,000 t available). */
    static final String PROJECT = "kamaishi-forest-jcredit";
    private static final AtomicInteger COUNT = new AtomicInteger();

    private PurchaseFixtures() {
    }

    static NewCampaign newCampaign(AllocationRule rule, long total, long min, long max, Instant opensAt) {
        return new NewCampaign("テスト共同購入 " + COUNT.incrementAndGet() + " " + System.nanoTime(), PROJECT, total,
                12_000, opensAt, Instant.now().plus(30, ChronoUnit.DAYS), min, max, rule,
                rule == AllocationRule.LOTTERY ? "seed-" + System.nanoTime() : null);
    }

    /** An open campaign taking sign-ups now; the secretariat stays signed in. */
    static Campaign open(Campaigns campaigns, DemoMember member, AllocationRule rule, long total, long min, long max) {
        member.signIn("secretariat");
        Campaign draft = campaigns.create(newCampaign(rule, total, min, max, Instant.now().minus(1, ChronoUnit.HOURS)));
        return campaigns.transition(draft.id(), CampaignStatus.OPEN);
    }

    static SignUpRequest request(long tonnes) {
        return new SignUpRequest(tonnes, new SignUpRequest.Contact("環境課 山田", "yamada@example.jp", "03-0000-0000"),
                List.of(new SignUpRequest.EventToOffset("環境フェア", LocalDate.of(2026, 10, 1), tonnes, null)));
    }

    static SignUpRequest request(long tonnes, long... eventTonnes) {
        var events = new java.util.ArrayList<SignUpRequest.EventToOffset>();
        for (int i = 0; i < eventTonnes.length; i++) {
            events.add(new SignUpRequest.EventToOffset("イベント" + (i + 1), LocalDate.of(2026, 10, 1 + i),
                    eventTonnes[i], null));
        }
        return new SignUpRequest(tonnes, new SignUpRequest.Contact("環境課 山田", "yamada@example.jp", ""), events);
    }
}
