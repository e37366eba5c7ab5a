package org.taiwa.purchase;

import java.util.List;

import org.taiwa.directory.MunicipalityId;

/**
 * Published after a campaign changed state, for announcements: the municipalities that signed up (all 62 when
 * a campaign opens).
 */
public record CampaignTransitioned(String campaignId, String title, CampaignStatus from, CampaignStatus to,
                                   String actor, List<MunicipalityId> municipalities) {

    public CampaignTransitioned {
        municipalities = List.copyOf(municipalities);
    }
}
