package org.taiwa.offset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.taiwa.directory.MunicipalityId;

/**
 * An event's saved estimate: the municipality that held it, its name and dates, the inputs, and the estimate
 * under the factor set it was calculated with (kept; {@link EventFootprints#recalculate} shows it under another).
 */
public record EventFootprint(String id, MunicipalityId municipality, String eventName, LocalDate firstDay,
                             LocalDate lastDay, EventInputs inputs, Estimate estimate, String savedBy,
                             Instant savedAt) {

    public EventFootprint {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(estimate, "estimate");
        lastDay = lastDay == null ? firstDay : lastDay;
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("an event ends on or after its first day");
        }
    }
}
