package org.taiwa.accessibility;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.NewCampaign;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUpRequest;
import org.taiwa.purchase.SignUps;

/**
 * The pages of the secretariat's role (every {@code @RolesAllowed(SECRETARIAT)} route, the dashboard, and a
 * campaign with its sign-up list and allocation table), by name, as paths for a browser. The campaign is made here:
 * three municipalities signed up and approved, then closed and allocated.
 */
final class SecretariatPages {

    static final String SECRETARIAT = "secretariat";
    private static final List<String> MUNICIPALITIES = List.of("minato", "shinjuku", "setagaya");

    private final Map<String, String> paths = new LinkedHashMap<>();
    /** For the pages with a wide grid: the grid, to be seen on a phone (CSS selector). */
    private static final Map<String, String> WIDE_GRIDS = Map.of(
            "dashboard", "#dashboard-campaigns, #dashboard-municipalities",
            "allocated-campaign", "#campaign-sign-ups, #allocation-table", "audit", "#audit-grid", "members", "#members");

    private SecretariatPages(String campaignId) {
        paths.put("dashboard", "/campaigns/dashboard");
        paths.put("new-campaign", "/campaigns/new");
        paths.put("allocated-campaign", "/campaigns/" + campaignId);
        paths.put("audit", "/admin/audit");
        paths.put("members", "/admin/members");
        paths.put("search-admin", "/admin/search");
        paths.put("offset-factors", "/admin/offset-factors");
        paths.put("spaces", "/spaces");
    }

    static SecretariatPages create(ApplicationContext context) {
        Campaigns campaigns = context.getBean(Campaigns.class);
        SignUps signUps = context.getBean(SignUps.class);
        Campaign campaign = MainPages.as(context, SECRETARIAT, () -> {
            Instant now = Instant.now();
            Campaign draft = campaigns.create(new NewCampaign("事務局画面の確認 " + UUID.randomUUID(),
                    "kamaishi-forest-jcredit", 100, 8_000, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)),
                    1, 60, AllocationRule.PRO_RATA, null));
            return campaigns.transition(draft.id(), CampaignStatus.OPEN);
        });
        for (String m : MUNICIPALITIES) {
            SignUp signUp = MainPages.as(context, "staff." + m, () -> signUps.signUp(campaign.id(),
                    new MunicipalityId(m), request(m.equals("minato") ? 60 : 25), null));
            MainPages.as(context, "approver." + m, () -> signUps.approve(signUp.id()));
        }
        MainPages.as(context, SECRETARIAT, () -> {
            campaigns.transition(campaign.id(), CampaignStatus.CLOSED);
            return campaigns.transition(campaign.id(), CampaignStatus.ALLOCATED);
        });
        return new SecretariatPages(campaign.id());
    }

    private static SignUpRequest request(long tonnes) {
        return new SignUpRequest(tonnes, new SignUpRequest.Contact("環境課 山田", "yamada@example.jp", ""),
                List.of(new SignUpRequest.EventToOffset("環境フェア", LocalDate.of(2026, 10, 1), tonnes, null)));
    }

    Map<String, String> paths() {
        return paths;
    }

    String path(String page) {
        return paths.get(page);
    }

    Map<String, String> wideGrids() {
        return WIDE_GRIDS;
    }
}
