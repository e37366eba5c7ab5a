package org.taiwa.purchase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUpRequest;

/**
 * A sign-up in {@code sign_ups}: unique per {@code (campaignId, municipality)}, and per
 * {@code (campaignId, idempotencyKey)} where a key was given (sparse). Every change is a
 * {@code findAndModify} conditioned on the {@code version} read, so a concurrent change is refused, not lost.
 */
@Document(SignUpDocument.COLLECTION)
record SignUpDocument(@Id String id, String campaignId, String municipality, long tonnes, Contact contact,
                      List<Event> events, SignUp.Placement placement, long sequence, boolean withdrawn,
                      SignUp.Approval approval, Long allocatedTonnes, List<SignUp.Retirement> retirements,
                      String idempotencyKey, String createdBy, Instant createdAt, Instant updatedAt, long version) {

    static final String COLLECTION = "sign_ups";
    static final String CAMPAIGN = "campaignId";
    static final String MUNICIPALITY = "municipality";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String PLACEMENT = "placement";
    static final String WITHDRAWN = "withdrawn";
    static final String TONNES = "tonnes";
    static final String SEQUENCE = "sequence";
    static final String VERSION = "version";

    /** The contact person as stored. */
    record Contact(String name, String email, String phone) {
    }

    /** An event to offset as stored. */
    record Event(String name, LocalDate date, long tonnes, String footprintId) {
    }

    SignUpDocument {
        events = events == null ? List.of() : List.copyOf(events);
        retirements = retirements == null ? List.of() : List.copyOf(retirements);
    }

    static Contact contact(SignUpRequest.Contact c) {
        return new Contact(c.name(), c.email(), c.phone());
    }

    static List<Event> events(SignUpRequest request) {
        return request.events().stream().map(e -> new Event(e.name(), e.date(), e.tonnes(), e.footprintId())).toList();
    }

    SignUpRequest request() {
        return new SignUpRequest(tonnes, new SignUpRequest.Contact(contact.name(), contact.email(), contact.phone()),
                events.stream().map(e -> new SignUpRequest.EventToOffset(e.name(), e.date(), e.tonnes(),
                        e.footprintId())).toList());
    }

    SignUp toSignUp() {
        return new SignUp(id, campaignId, new MunicipalityId(municipality), request(), placement, sequence, withdrawn,
                approval, allocatedTonnes, retirements, createdBy, createdAt, updatedAt);
    }
}
