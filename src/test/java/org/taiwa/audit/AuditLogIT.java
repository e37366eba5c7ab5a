package org.taiwa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.internal.AuditSequence;

/** The log itself: recording, newest-first paging, filters, CSV, and who may read it. */
@TaiwaIntegrationTest
class AuditLogIT {

    private static final Instant DAY_1 = Instant.parse("2011-11-29T01:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2011-11-30T01:00:00Z");
    private static final Instant DAY_3 = Instant.parse("2011-12-01T01:00:00Z");

    @Autowired
    AuditLog log;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AuditSequence sequence;

    /** Every test writes under its own actor, so entries of other tests and earlier runs do not count. */
    private final String actor = "it-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsSecretariat() {
        signInAs("secretariat", "ROLE_secretariat");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recorded_entries_come_back_newest_first_with_a_count_and_paging() {
        AuditEntry first = log.record(actor, "space.create", "committee-2011", "カーボン・オフセット研究会", "10.0.0.1");
        AuditEntry second = log.record(actor, "space.rename", "committee-2011", "", "10.0.0.1");
        AuditEntry third = log.record(actor, "space.archive", "committee-2011", "", "10.0.0.1");

        var mine = new AuditFilter(actor, "", null, null);
        assertThat(log.count(mine)).isEqualTo(3);
        assertThat(log.find(mine, 0, 10)).containsExactly(third, second, first);
        assertThat(log.find(mine, 1, 1)).containsExactly(second);
        assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
        assertThat(first.detail()).isEqualTo("カーボン・オフセット研究会");
    }

    @Test
    void entries_of_the_same_millisecond_keep_the_order_they_were_recorded_in() {
        var frozen = new AuditLog(mongo, sequence, Clock.fixed(DAY_2, ZoneOffset.UTC));
        List<AuditEntry> recorded = List.of(frozen.record(actor, "space.create", "a", "", ""),
                frozen.record(actor, "space.create", "b", "", ""), frozen.record(actor, "space.create", "c", "", ""));

        assertThat(recorded).extracting(AuditEntry::at).containsOnly(DAY_2);
        assertThat(log.find(new AuditFilter(actor, "", null, null), 0, 10)).extracting(AuditEntry::target)
                .containsExactly("c", "b", "a");
    }

    @Test
    void filters_by_actor_action_and_time_range() {
        new AuditLog(mongo, sequence, Clock.fixed(DAY_1, ZoneOffset.UTC)).record(actor, "auth.sign-in", "", "", "");
        new AuditLog(mongo, sequence, Clock.fixed(DAY_2, ZoneOffset.UTC)).record(actor, "auth.sign-out", "", "", "");
        new AuditLog(mongo, sequence, Clock.fixed(DAY_3, ZoneOffset.UTC)).record(actor, "space.create", "x", "", "");
        log.record(actor + "-other", "space.create", "y", "", "");

        assertThat(log.count(new AuditFilter(actor, "", null, null))).isEqualTo(4);
        assertThat(log.count(new AuditFilter(actor.toUpperCase() + "-OTHER", "", null, null))).isEqualTo(1);
        assertThat(actions(new AuditFilter(actor, "auth.sign-in", null, null))).containsExactly("auth.sign-in");
        assertThat(actions(new AuditFilter(actor, "auth", null, null))).containsExactly("auth.sign-out", "auth.sign-in");
        assertThat(actions(new AuditFilter(actor, "auth.sign", null, null))).isEmpty();
        assertThat(actions(new AuditFilter(actor, "", DAY_2, DAY_3))).containsExactly("auth.sign-out");
        assertThat(actions(new AuditFilter(actor, "", DAY_2, null))).hasSize(3);
        assertThat(actions(new AuditFilter(actor, "", null, DAY_2))).containsExactly("auth.sign-in");
        assertThat(log.actions()).contains("auth.sign-in", "auth.sign-out", "space.create").isSorted();
    }

    @Test
    void the_csv_export_holds_exactly_the_filtered_entries() throws IOException {
        new AuditLog(mongo, sequence, Clock.fixed(DAY_1, ZoneOffset.UTC))
                .record(actor, "space.create", "committee-2011", "研究会, \"第1回\"", "10.0.0.1");
        log.record(actor, "space.archive", "committee-2011", "", "10.0.0.2");
        log.record(actor, "auth.sign-in", "", "", "10.0.0.3");

        var out = new StringWriter();
        log.writeCsv(new AuditFilter(actor, "space", null, null), out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();

        assertThat(out.toString()).startsWith("at,actor,action,target,detail,origin\r\n");
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("space.archive", "space.create");
        CSVRecord oldest = rows.get(1);
        assertThat(Instant.parse(oldest.get("at"))).isEqualTo(DAY_1);
        assertThat(oldest.get("at")).isEqualTo("2011-11-29T01:00:00.000Z");
        assertThat(oldest.get("actor")).isEqualTo(actor);
        assertThat(oldest.get("target")).isEqualTo("committee-2011");
        assertThat(oldest.get("detail")).isEqualTo("研究会, \"第1回\"");
        assertThat(oldest.get("origin")).isEqualTo("10.0.0.1");
    }

    @Test
    void only_the_secretariat_reads_the_log_but_anyone_may_record() {
        signInAs("staff.minato", "ROLE_member");
        AuditEntry recorded = log.record("staff.minato", "profile.update", "", "", "");
        assertThat(recorded.actor()).isEqualTo("staff.minato");
        assertThatThrownBy(() -> log.find(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.writeCsv(AuditFilter.ALL, new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> log.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_action_that_is_not_a_dotted_code_is_refused() {
        assertThatThrownBy(() -> log.record(actor, "Deleted everything", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log.count(new AuditFilter(actor, "", null, null))).isZero();
    }

    private List<String> actions(AuditFilter filter) {
        return log.find(filter, 0, 100).stream().map(AuditEntry::action).toList();
    }

    private static void signInAs(String username, String authority) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null, authority));
    }
}
