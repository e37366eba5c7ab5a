package org.taiwa.purchase.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;

/**
 * A campaign in {@code campaigns}. Its first-come invariant lives in this one document:
 * {@code remainingTonnes = totalTonnes − Σ claims.tonnes ≥ 0}, kept by single conditional updates
 * ({@link FirstCome}); {@code claims} lists which sign-up holds how many tonnes.
 */
@Document(CampaignDocument.COLLECTION)
record CampaignDocument(@Id String id, String title, String projectId, long totalTonnes, long remainingTonnes,
                        long pricePerTonneYen, Instant opensAt, Instant closesAt, long minTonnes, long maxTonnes,
                        AllocationRule allocationRule, String lotterySeed, CampaignStatus status,
                        List<Claim> claims, String createdBy, Instant createdAt, Instant updatedAt) {

    static final String COLLECTION = "campaigns";
    static final String STATUS = "status";
    static final String REMAINING = "remainingTonnes";
    static final String CLAIMS = "claims";
    static final String CLAIM_SIGN_UP = "claims.signUpId";
    static final String UPDATED_AT = "updatedAt";

    /** Tonnes held by one sign-up. */
    record Claim(String signUpId, long tonnes) {
    }

    CampaignDocument {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    static CampaignDocument of(Campaign c, List<Claim> claims, String createdBy, Instant at) {
        return new CampaignDocument(c.id(), c.title(), c.projectId(), c.totalTonnes(), c.remainingTonnes(),
                c.pricePerTonneYen(), c.opensAt(), c.closesAt(), c.minTonnes(), c.maxTonnes(), c.allocationRule(),
                c.lotterySeed(), c.status(), claims, createdBy, at, at);
    }

    Campaign toCampaign() {
        return new Campaign(id, title, projectId, totalTonnes, remainingTonnes, pricePerTonneYen, opensAt, closesAt,
                minTonnes, maxTonnes, allocationRule, lotterySeed, status);
    }

    /** The tonnes this sign-up holds, 0 if none. */
    long claimed(String signUpId) {
        return claims.stream().filter(c -> c.signUpId().equals(signUpId)).mapToLong(Claim::tonnes).sum();
    }

    boolean hasClaim(String signUpId) {
        return claims.stream().anyMatch(c -> c.signUpId().equals(signUpId));
    }
}
