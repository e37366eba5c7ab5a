package org.taiwa.discussion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingOrderTest {

    @ParameterizedTest(name = "offset={0} limit={1} upcoming={2}")
    @CsvSource({
            // offset, limit, upcoming -> upcoming skip/limit, past skip/limit
            "0, 10, 0, 0, 0, 0, 10",
            "0, 10, 3, 0, 3, 0, 7",
            "0, 10, 10, 0, 10, 0, 0",
            "0, 10, 25, 0, 10, 0, 0",
            "10, 10, 25, 10, 10, 0, 0",
            "20, 10, 25, 20, 5, 0, 5",
            "30, 10, 25, 30, 0, 5, 10",
            "10, 10, 3, 10, 0, 7, 10",
            "3, 5, 3, 3, 0, 0, 5",
    })
    void a_page_takes_the_upcoming_meetings_first_and_fills_up_with_past_ones(long offset, int limit, long upcoming,
                                                                              long upcomingSkip, int upcomingLimit,
                                                                              long pastSkip, int pastLimit) {
        assertThat(MeetingOrder.slices(offset, limit, upcoming))
                .isEqualTo(new MeetingOrder.Slices(upcomingSkip, upcomingLimit, pastSkip, pastLimit));
    }

    @Test
    void negative_figures_are_refused() {
        assertThatThrownBy(() -> MeetingOrder.slices(-1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
