package org.taiwa.purchase.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;
import org.taiwa.offset.OffsetCampaign;
import org.taiwa.offset.OffsetCampaigns;
import org.taiwa.purchase.Campaigns;

/**
 * The calculator's "offset this event": the campaigns open now, and the sign-up form that takes a footprint. Here
 * rather than in the offset module, which must not depend on purchase (purchase reads its footprints).
 */
@Component
class OffsetCampaignsAdapter implements OffsetCampaigns {

    private final Campaigns campaigns;

    OffsetCampaignsAdapter(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public List<OffsetCampaign> openCampaigns() {
        return campaigns.open().stream().map(c -> new OffsetCampaign(c.id(), c.title(), c.pricePerTonneYen()))
                .toList();
    }

    @Override
    public String signUpRoute(String campaignId, String footprintId) {
        return "campaigns/" + URLEncoder.encode(campaignId, StandardCharsets.UTF_8) + "/sign-up?"
                + SignUpView.FOOTPRINT + "=" + URLEncoder.encode(footprintId, StandardCharsets.UTF_8);
    }
}
