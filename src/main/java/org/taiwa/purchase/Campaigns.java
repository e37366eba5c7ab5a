package org.taiwa.purchase;

import java.util.List;
import java.util.Optional;

/**
 * Credit projects and campaigns. Creating and transitioning campaigns is the secretariat's; every transition is
 * audit-logged and published as {@link CampaignTransitioned}. Moving to {@code ALLOCATED} runs the
 * {@link Allocator} over the binding sign-ups and stores each sign-up's allocation; moving to {@code SETTLED}
 * retires tonnes per event and numbers the certificates.
 */
public interface Campaigns {

    List<CreditProject> projects();

    Optional<CreditProject> project(String id);

    /** Every campaign, open ones first, then by opening date, latest first. */
    List<Campaign> all();

    Optional<Campaign> find(String id);

    /** Campaigns accepting sign-ups now. */
    List<Campaign> open();

    Campaign create(NewCampaign campaign);

    /** Changes a campaign's state if {@link CampaignStatus#canBecome} allows it; 409 otherwise. */
    Campaign transition(String campaignId, CampaignStatus to);
}
