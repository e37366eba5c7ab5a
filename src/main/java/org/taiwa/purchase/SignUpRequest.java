package org.taiwa.purchase;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a municipality's staff enter to join a campaign: tonnes, a contact person, and the events to offset
 * (each optionally a footprint saved with the calculator). The events' tonnes add up to at most the request.
 */
public record SignUpRequest(long tonnes, Contact contact, List<EventToOffset> events) {

    /** Who the secretariat contacts about this sign-up. */
    public record Contact(String name, String email, String phone) {
        public Contact {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            phone = phone == null ? "" : phone;
        }
    }

    /** An event the credits offset. */
    public record EventToOffset(String name, LocalDate date, long tonnes, String footprintId) {
        public EventToOffset {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(date, "date");
        }
    }

    public SignUpRequest {
        Objects.requireNonNull(contact, "contact");
        events = events == null ? List.of() : List.copyOf(events);
    }
}
