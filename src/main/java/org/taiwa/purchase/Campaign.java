package org.taiwa.purchase;

import java.time.Instant;
import java.util.Objects;

/**
 * A joint purchase: tonnes of one project on offer at a price, a sign-up window (stored as instants, shown in
 * Japan time), per-municipality minimum and maximum, and the allocation rule. For first come,
 * {@code remainingTonnes} is what confirmed sign-ups have not yet claimed; it never goes below zero (an atomic
 * conditional update on this one document). A lottery's seed is published when the campaign opens.
 */
public record Campaign(String id, String title, String projectId, long totalTonnes, long remainingTonnes,
                       long pricePerTonneYen, Instant opensAt, Instant closesAt, long minTonnes, long maxTonnes,
                       AllocationRule allocationRule, String lotterySeed, CampaignStatus status) {

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(allocationRule, "allocationRule");
        Objects.requireNonNull(status, "status");
        if (totalTonnes <= 0 || remainingTonnes < 0 || remainingTonnes > totalTonnes) {
            throw new IllegalArgumentException("a campaign offers some tonnes and never has more left than offered");
        }
        if (minTonnes < 1 || maxTonnes < minTonnes) {
            throw new IllegalArgumentException("per municipality: 1 ≤ minimum ≤ maximum");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a campaign closes after it opens");
        }
    }

    /** Whether sign-ups may be made, changed or withdrawn at {@code now}. */
    public boolean acceptsSignUps(Instant now) {
        return status == CampaignStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
