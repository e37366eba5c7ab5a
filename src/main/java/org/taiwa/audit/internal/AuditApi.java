package org.taiwa.audit.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;

/** {@code GET /api/audit}: the audit log for the secretariat's tools, newest first, paged. */
@RestController
class AuditApi {

    private static final int MAX_PAGE_SIZE = 500;

    private final AuditLog log;

    AuditApi(AuditLog log) {
        this.log = log;
    }

    @GetMapping(path = "/api/audit", produces = "application/json")
    AuditPage audit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        var filter = new AuditFilter(actor, action, from, to);
        return new AuditPage(log.count(filter), log.find(filter, page * size, size));
    }

    record AuditPage(int total, List<AuditEntry> entries) {
    }
}
