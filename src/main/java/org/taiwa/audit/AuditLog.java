package org.taiwa.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.taiwa.audit.internal.AuditCsv;
import org.taiwa.audit.internal.AuditEntryDocument;
import org.taiwa.audit.internal.AuditSequence;
import org.taiwa.security.Roles;

/**
 * The append-only audit log. Any module records its administrative actions here; the audit module
 * itself records sign-ins, sign-outs and denied access. Entries are only ever inserted: nothing in the
 * application changes or deletes them. Reading the log is for the secretariat.
 */
@Service
public class AuditLog {

    private static final String SECRETARIAT_AUTHORITY = "ROLE_" + Roles.SECRETARIAT;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;
    private final AuditSequence sequence;
    private final Clock clock;

    @Autowired
    AuditLog(MongoTemplate mongo, AuditSequence sequence) {
        this(mongo, sequence, Clock.systemUTC());
    }

    AuditLog(MongoTemplate mongo, AuditSequence sequence, Clock clock) {
        this.mongo = mongo;
        this.sequence = sequence;
        this.clock = clock;
    }

    /**
     * Appends an entry stamped with the current time.
     *
     * @param actor  the username; blank means {@value AuditEntry#ANONYMOUS}
     * @param action a dotted code such as {@code space.create}
     * @param target what the action was done to, or empty
     * @param detail more about it, or empty; never a password or other secret
     * @param origin the client's IP address, or empty
     * @return the entry as stored
     * @throws IllegalArgumentException if the action is not a dotted code
     */
    public AuditEntry record(String actor, String action, String target, String detail, String origin) {
        var entry = new AuditEntry(Long.toString(sequence.next()), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                actor, action, target, detail, origin);
        mongo.insert(AuditEntryDocument.of(entry));
        return entry;
    }

    /**
     * Records that a view was refused to a signed-in member: Vaadin's navigation access control decides
     * about views without Spring's authorization manager, so its denials come through here.
     *
     * @param target the path of the view
     */
    public AuditEntry recordAccessDenied(String actor, String target, String origin) {
        return record(actor, AuditActions.ACCESS_DENIED, target, "view", origin);
    }

    /**
     * One page of the entries that pass the filter, newest first (same-millisecond entries in reverse
     * order of recording).
     *
     * @throws AccessDeniedException unless the current member belongs to the secretariat
     */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        requireSecretariat();
        Query query = query(filter).with(NEWEST_FIRST).skip(offset).limit(limit);
        return mongo.find(query, AuditEntryDocument.class).stream().map(AuditEntryDocument::toEntry).toList();
    }

    /** @throws AccessDeniedException unless the current member belongs to the secretariat */
    public int count(AuditFilter filter) {
        requireSecretariat();
        return Math.toIntExact(mongo.count(query(filter), AuditEntryDocument.class));
    }

    /** The action codes recorded so far, sorted, for choosing a filter. */
    public List<String> actions() {
        requireSecretariat();
        return mongo.findDistinct(new Query(), "action", AuditEntryDocument.class, String.class).stream()
                .sorted().toList();
    }

    /**
     * Writes every entry that passes the filter as CSV, newest first: header
     * {@code at,actor,action,target,detail,origin}, times in ISO-8601 UTC. Entries are streamed from the
     * database, not collected in memory. The writer is flushed, not closed.
     *
     * @throws AccessDeniedException unless the current member belongs to the secretariat
     */
    public void writeCsv(AuditFilter filter, Writer out) throws IOException {
        requireSecretariat();
        try (Stream<AuditEntry> entries = mongo.stream(query(filter).with(NEWEST_FIRST), AuditEntryDocument.class)
                .map(AuditEntryDocument::toEntry)) {
            AuditCsv.write(entries.iterator(), out);
        }
    }

    private static Query query(AuditFilter filter) {
        var criteria = new Criteria();
        if (!filter.actor().isEmpty()) {
            criteria.and("actor").regex(Pattern.compile(Pattern.quote(filter.actor()), Pattern.CASE_INSENSITIVE));
        }
        if (!filter.action().isEmpty()) {
            // the code itself, or any code below it: "auth" matches "auth.sign-in"
            criteria.and("action").regex(Pattern.compile("^" + Pattern.quote(filter.action()) + "(\\..*)?$"));
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria at = criteria.and("at");
            if (filter.from() != null) {
                at.gte(filter.from());
            }
            if (filter.to() != null) {
                at.lt(filter.to());
            }
        }
        return Query.query(criteria);
    }

    /** Views are not a security boundary: the service checks the role itself. */
    private static void requireSecretariat() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> SECRETARIAT_AUTHORITY.equals(a.getAuthority()));
        if (!allowed) {
            throw new AccessDeniedException("The audit log is for the secretariat");
        }
    }
}
