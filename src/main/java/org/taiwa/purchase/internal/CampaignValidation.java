package org.taiwa.purchase.internal;

import java.time.Instant;

import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.CreditProject;
import org.taiwa.purchase.InvalidPurchaseException;
import org.taiwa.purchase.NewCampaign;

/** The rules a new campaign must meet, each refusal naming its field; nothing is stored before they hold. */
final class CampaignValidation {

    static final int MAX_TITLE = 200;
    static final int MAX_SEED = 200;

    private CampaignValidation() {
    }

    /** @param project the project the campaign names, or null when there is none */
    static void check(NewCampaign c, CreditProject project, Instant now) {
        if (c == null) {
            throw invalid("body", "required", "a campaign is required");
        }
        if (c.title() == null || c.title().isBlank()) {
            throw invalid("title", "required", "a title is required");
        }
        if (c.title().strip().length() > MAX_TITLE) {
            throw invalid("title", "too-long", "at most " + MAX_TITLE + " characters", MAX_TITLE);
        }
        if (project == null) {
            throw invalid("projectId", "unknown-project", "no credit project " + c.projectId());
        }
        if (c.totalTonnes() < 1) {
            throw invalid("totalTonnes", "too-small", "at least 1 tonne", 1);
        }
        if (c.totalTonnes() > project.availableTonnes()) {
            throw invalid("totalTonnes", "more-than-available", "the project has " + project.availableTonnes()
                    + " tonnes available", project.availableTonnes());
        }
        if (c.pricePerTonneYen() < 0) {
            throw invalid("pricePerTonneYen", "negative", "cannot be negative");
        }
        if (c.opensAt() == null) {
            throw invalid("opensAt", "required", "an opening time is required");
        }
        if (c.closesAt() == null) {
            throw invalid("closesAt", "required", "a closing time is required");
        }
        if (!c.closesAt().isAfter(c.opensAt())) {
            throw invalid("closesAt", "before-opening", "must be after the opening time");
        }
        if (!c.closesAt().isAfter(now)) {
            throw invalid("closesAt", "past", "must be in the future");
        }
        if (c.minTonnes() < 1 || c.minTonnes() > c.totalTonnes()) {
            throw invalid("minTonnes", "out-of-range", "between 1 and the tonnes on offer", 1, c.totalTonnes());
        }
        if (c.maxTonnes() < c.minTonnes()) {
            throw invalid("maxTonnes", "below-minimum", "at least the minimum " + c.minTonnes(), c.minTonnes());
        }
        if (c.allocationRule() == null) {
            throw invalid("allocationRule", "required", "first_come, pro_rata or lottery");
        }
        if (c.allocationRule() == AllocationRule.LOTTERY && (c.lotterySeed() == null || c.lotterySeed().isBlank())) {
            // published from the opening on, so that anyone can re-run the draw
            throw invalid("lotterySeed", "required", "a lottery needs its seed before it opens");
        }
        if (c.lotterySeed() != null && c.lotterySeed().strip().length() > MAX_SEED) {
            throw invalid("lotterySeed", "too-long", "at most " + MAX_SEED + " characters", MAX_SEED);
        }
    }

    static InvalidPurchaseException invalid(String field, String problem, String message, Object... arguments) {
        return new InvalidPurchaseException(field, "purchase.invalid." + problem, message, arguments);
    }
}
