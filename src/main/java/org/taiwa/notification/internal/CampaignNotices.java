package org.taiwa.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.taiwa.directory.Member;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.notification.NotificationKind;
import org.taiwa.notification.internal.NotificationStore.Notice;
import org.taiwa.purchase.CampaignTransitioned;

/**
 * Announces joint-purchase campaigns in-app: when one changes state, every member of the municipalities the event
 * lists (all 62 when it opens, those that signed up afterwards) gets a notice, except who made the change. The
 * notices go into the daily digest like any other. Not tied to a space: members' per-space levels do not apply.
 * Off the publishing thread, like {@link NotificationListeners}; a repeated event tells nobody twice
 * (recipient, kind and subject are unique).
 */
@Component
class CampaignNotices implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CampaignNotices.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("campaign-notices").factory());
    private final MemberProfiles profiles;
    private final NotificationStore store;

    CampaignNotices(MemberProfiles profiles, NotificationStore store) {
        this.profiles = profiles;
        this.store = store;
    }

    @EventListener
    void on(CampaignTransitioned event) {
        executor.execute(() -> {
            try {
                announce(event, Instant.now());
            } catch (RuntimeException e) {
                log.warn("Could not announce campaign {}", event.campaignId(), e);
            }
        });
    }

    /** @return how many members were told */
    int announce(CampaignTransitioned event, Instant at) {
        NotificationKind kind = kind(event);
        if (kind == null) {
            return 0;
        }
        String actor = Objects.requireNonNullElse(event.actor(), "");
        var params = List.of(name(actor), Objects.requireNonNullElse(event.title(), ""));
        int told = 0;
        for (Member member : profiles.ofMunicipalities(event.municipalities())) {
            if (!member.username().equals(actor) && store.deliver(new Notice(member.username(), kind,
                    event.campaignId(), null, actor, params, "campaigns/" + event.campaignId(), at))) {
                told++;
            }
        }
        return told;
    }

    static NotificationKind kind(CampaignTransitioned event) {
        return switch (event.to()) {
            case OPEN -> NotificationKind.CAMPAIGN_OPENED;
            case CLOSED -> NotificationKind.CAMPAIGN_CLOSED;
            case ALLOCATED -> NotificationKind.CAMPAIGN_ALLOCATED;
            case SETTLED -> NotificationKind.CAMPAIGN_SETTLED;
            case CANCELLED -> NotificationKind.CAMPAIGN_CANCELLED;
            case DRAFT -> null;
        };
    }

    private String name(String username) {
        return username.isEmpty() ? "" : profiles.byUsername(username).map(Member::displayName).orElse(username);
    }

    /** Waits until the events published so far have been handled (for tests). */
    void drain() throws Exception {
        executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
