package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.taiwa.offset.Estimate;
import org.taiwa.offset.EventInputs;

/** What the exports print: the event as the form or a saved footprint describes it, and its estimate. */
record Footprint(String eventName, Optional<LocalDate> firstDay, Optional<LocalDate> lastDay, EventInputs inputs,
                 Estimate estimate, Optional<BigDecimal> pricePerTonne) {

    Footprint {
        eventName = eventName == null ? "" : eventName.strip();
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(estimate, "estimate");
    }

    /** A file name from the event's name, without characters that file systems refuse. */
    String fileName(String extension) {
        String base = eventName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (base.isEmpty() ? "event-footprint" : base) + "." + extension;
    }

    String dates() {
        if (firstDay.isEmpty()) {
            return "";
        }
        LocalDate last = lastDay.orElse(firstDay.get());
        return last.equals(firstDay.get()) ? firstDay.get().toString() : firstDay.get() + " – " + last;
    }
}
