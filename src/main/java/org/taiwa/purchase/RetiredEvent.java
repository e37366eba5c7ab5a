package org.taiwa.purchase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.taiwa.directory.MunicipalityId;

/**
 * Tonnes retired on behalf of one event of a settled campaign: public, as the network reported its results to
 * residents (municipality, event, tonnes), without the sign-up's contact or approval.
 */
public record RetiredEvent(String campaignId, String campaignTitle, MunicipalityId municipality, String eventName,
                           LocalDate eventDate, long tonnes, Instant retiredAt, String certificateNumber) {

    public RetiredEvent {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(campaignTitle, "campaignTitle");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(retiredAt, "retiredAt");
        if (tonnes < 0) {
            throw new IllegalArgumentException("retired tonnes cannot be negative");
        }
    }
}
