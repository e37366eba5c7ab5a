package org.taiwa.notification.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When a member's last digest went out, in {@code notification_digests}, keyed by username. A node claims
 * a member's digest for a day by one conditional update of this document before sending, so two nodes or a
 * retry send at most one mail per member per day.
 *
 * @param lastDigestDate the day (ISO {@code yyyy-MM-dd}, in the network's zone) of the last digest; empty before the first
 * @param lastDigestAt   when it was claimed; notices created after it go into the next one
 */
@Document("notification_digests")
public record DigestDocument(@Id String username, String lastDigestDate, Instant lastDigestAt) {

    public static final String LAST_DIGEST_DATE = "lastDigestDate";
    public static final String LAST_DIGEST_AT = "lastDigestAt";
}
