package org.taiwa.purchase;

import java.time.Instant;

/** What the secretariat enters to create a campaign (a draft until it is opened). */
public record NewCampaign(String title, String projectId, long totalTonnes, long pricePerTonneYen, Instant opensAt,
                          Instant closesAt, long minTonnes, long maxTonnes, AllocationRule allocationRule,
                          String lotterySeed) {
}
