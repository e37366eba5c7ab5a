package org.taiwa.audit.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.audit.AuditEntry;

/**
 * An audit entry as stored in the {@code audit_log} collection. The id is the entry's sequence number,
 * so entries of the same millisecond keep the order in which they were recorded.
 */
@Document(AuditEntryDocument.COLLECTION)
public record AuditEntryDocument(@Id long id, Instant at, String actor, String action, String target, String detail,
                                 String origin) {

    public static final String COLLECTION = "audit_log";

    public static AuditEntryDocument of(AuditEntry entry) {
        return new AuditEntryDocument(Long.parseLong(entry.id()), entry.at(), entry.actor(), entry.action(),
                entry.target(), entry.detail(), entry.origin());
    }

    public AuditEntry toEntry() {
        return new AuditEntry(Long.toString(id), at, actor, action, target, detail, origin);
    }
}
