package org.taiwa.purchase;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign's lifecycle: draft → open → closed → allocated → settled, or cancelled from any state before
 * settled. Each transition is the secretariat's, audit-logged and announced.
 */
public enum CampaignStatus {
    DRAFT("draft"), OPEN("open"), CLOSED("closed"), ALLOCATED("allocated"), SETTLED("settled"),
    CANCELLED("cancelled");

    private final String code;

    CampaignStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CampaignStatus> parse(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }

    /** The states this one may change to. */
    public Set<CampaignStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN, CANCELLED);
            case OPEN -> Set.of(CLOSED, CANCELLED);
            case CLOSED -> Set.of(ALLOCATED, CANCELLED);
            case ALLOCATED -> Set.of(SETTLED, CANCELLED);
            case SETTLED, CANCELLED -> Set.of();
        };
    }

    public boolean canBecome(CampaignStatus to) {
        return next().contains(to);
    }
}
