package org.taiwa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditFilterTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void null_text_is_empty_and_text_is_stripped() {
        var filter = new AuditFilter(null, "  auth.sign-in ", null, null);
        assertThat(filter.actor()).isEmpty();
        assertThat(filter.action()).isEqualTo("auth.sign-in");
        assertThat(AuditFilter.ALL).isEqualTo(new AuditFilter("", "", null, null));
    }

    @ParameterizedTest
    @CsvSource({
        // first day, last day, from (inclusive, UTC), to (exclusive, UTC): a Tokyo day starts at 15:00 UTC the day before
        "2011-11-30, 2011-11-30, 2011-11-29T15:00:00Z, 2011-11-30T15:00:00Z",
        "2011-11-01, 2011-11-30, 2011-10-31T15:00:00Z, 2011-11-30T15:00:00Z",
        "2011-12-31, 2012-01-01, 2011-12-30T15:00:00Z, 2012-01-01T15:00:00Z"})
    void whole_days_in_tokyo_become_a_half_open_utc_range(LocalDate first, LocalDate last, Instant from, Instant to) {
        var filter = AuditFilter.days("staff", "auth", first, last, TOKYO);
        assertThat(filter.from()).isEqualTo(from);
        assertThat(filter.to()).isEqualTo(to);
        assertThat(filter.actor()).isEqualTo("staff");
        assertThat(filter.action()).isEqualTo("auth");
    }

    @Test
    void a_missing_day_leaves_that_end_open() {
        var onlyFrom = AuditFilter.days("", "", LocalDate.of(2011, 11, 30), null, TOKYO);
        assertThat(onlyFrom.from()).isEqualTo(Instant.parse("2011-11-29T15:00:00Z"));
        assertThat(onlyFrom.to()).isNull();
        var onlyTo = AuditFilter.days("", "", null, LocalDate.of(2011, 11, 30), TOKYO);
        assertThat(onlyTo.from()).isNull();
        assertThat(onlyTo.to()).isEqualTo(Instant.parse("2011-11-30T15:00:00Z"));
    }
}
