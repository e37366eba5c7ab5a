package org.taiwa.purchase.internal;

import java.util.regex.Pattern;

import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.InvalidPurchaseException;
import org.taiwa.purchase.SignUpRequest;

/** The rules a sign-up must meet, each refusal naming its field as the API spells it. */
final class SignUpValidation {

    static final int MAX_NAME = 100;
    static final int MAX_PHONE = 40;
    static final int MAX_EVENTS = 100;
    static final int MAX_EVENT_NAME = 200;
    static final int MAX_KEY = 200;
    // deliberately plain: one @, a dot in the domain, no spaces; the contact answers the secretariat's mail
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SignUpValidation() {
    }

    static void check(SignUpRequest r, Campaign campaign) {
        if (r == null) {
            throw invalid("body", "required", "a sign-up is required");
        }
        if (r.tonnes() < campaign.minTonnes() || r.tonnes() > campaign.maxTonnes()) {
            throw invalid("tonnes", "tonnes-out-of-range", "between " + campaign.minTonnes() + " and "
                    + campaign.maxTonnes() + " tonnes", campaign.minTonnes(), campaign.maxTonnes());
        }
        text("contact.name", r.contact().name(), MAX_NAME);
        if (!EMAIL.matcher(r.contact().email().strip()).matches()) {
            throw invalid("contact.email", "email", "not an e-mail address");
        }
        if (r.contact().phone().length() > MAX_PHONE) {
            throw invalid("contact.phone", "too-long", "at most " + MAX_PHONE + " characters", MAX_PHONE);
        }
        if (r.events().size() > MAX_EVENTS) {
            throw invalid("events", "too-many-events", "at most " + MAX_EVENTS + " events", MAX_EVENTS);
        }
        long sum = 0;
        for (int i = 0; i < r.events().size(); i++) {
            SignUpRequest.EventToOffset event = r.events().get(i);
            text("events[" + i + "].name", event.name(), MAX_EVENT_NAME);
            if (event.tonnes() < 1) {
                throw invalid("events[" + i + "].tonnes", "too-small", "at least 1 tonne", 1);
            }
            sum += event.tonnes();
        }
        if (sum > r.tonnes()) {
            throw invalid("events", "events-exceed-tonnes", "the events' tonnes (" + sum
                    + ") add up to more than the sign-up's " + r.tonnes(), sum, r.tonnes());
        }
    }

    /** The client's key stripped, or null when none was given. */
    static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        String key = idempotencyKey.strip();
        if (key.length() > MAX_KEY || key.startsWith(PurchaseStore.NO_KEY_PREFIX)) {
            throw invalid("Idempotency-Key", "key", "at most " + MAX_KEY + " characters, not starting with "
                    + PurchaseStore.NO_KEY_PREFIX, MAX_KEY);
        }
        return key;
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "required", "required");
        }
        if (value.strip().length() > max) {
            throw invalid(field, "too-long", "at most " + max + " characters", max);
        }
    }

    static InvalidPurchaseException invalid(String field, String problem, String message, Object... arguments) {
        return CampaignValidation.invalid(field, problem, message, arguments);
    }
}
