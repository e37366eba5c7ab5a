/**
 * Audit: the append-only audit log of sign-ins, sign-outs, denied access and administrative actions.
 * Its API is {@link org.taiwa.audit.AuditLog} with {@link org.taiwa.audit.AuditEntry},
 * {@link org.taiwa.audit.AuditFilter} and the action codes of {@link org.taiwa.audit.AuditActions}.
 * Entries are only ever inserted; see docs/decisions/0005-append-only-audit-log.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.taiwa.audit;
