package org.taiwa.offset;

import java.util.List;

/**
 * Joint-purchase campaigns that a saved footprint can be offset through, without the offset module depending on
 * the purchase module (which depends on this one for footprints). Implemented by the purchase module; without an
 * implementation the calculator shows no "offset this event" action.
 */
public interface OffsetCampaigns {

    /** Campaigns accepting sign-ups now, for the signed-in member. */
    List<OffsetCampaign> openCampaigns();

    /** The route (a location relative to the application) of the campaign's sign-up form filled with the footprint. */
    String signUpRoute(String campaignId, String footprintId);
}
