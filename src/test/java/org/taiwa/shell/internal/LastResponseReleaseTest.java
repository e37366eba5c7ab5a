package org.taiwa.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;

class LastResponseReleaseTest {

    private final UIInternals internals = new UI().getInternals();
    private final LastResponseRelease.Seen seen = new LastResponseRelease.Seen();

    @Test
    void a_large_answer_is_released_at_the_second_heartbeat_that_finds_it() {
        String answer = answer('a');
        internals.setLastRequestResponse(answer);
        seen.release(internals);
        assertThat(internals.getLastRequestResponse()).isSameAs(answer);
        seen.release(internals);
        assertThat(internals.getLastRequestResponse()).isEqualTo(LastResponseRelease.RELEASED)
                .contains("sessionExpired");
    }

    @Test
    void a_newer_answer_starts_its_own_wait() {
        internals.setLastRequestResponse(answer('a'));
        seen.release(internals);
        String newer = answer('b');
        internals.setLastRequestResponse(newer);
        seen.release(internals);
        assertThat(internals.getLastRequestResponse()).isSameAs(newer);
        seen.release(internals);
        assertThat(internals.getLastRequestResponse()).isEqualTo(LastResponseRelease.RELEASED);
    }

    @Test
    void an_equal_but_new_answer_is_not_taken_for_the_old_one() {
        internals.setLastRequestResponse(answer('a'));
        seen.release(internals);
        String again = answer('a');
        internals.setLastRequestResponse(again);
        seen.release(internals);
        assertThat(internals.getLastRequestResponse()).isSameAs(again);
    }

    @Test
    void small_answers_and_no_answer_are_left_alone() {
        seen.release(internals);
        seen.release(internals);
        assertThat(internals.getLastRequestResponse()).isNull();
        String small = "{\"syncId\":3}";
        internals.setLastRequestResponse(small);
        seen.release(internals);
        seen.release(internals);
        assertThat(internals.getLastRequestResponse()).isSameAs(small);
    }

    private static String answer(char fill) {
        return "{\"changes\":\"" + String.valueOf(fill).repeat(LastResponseRelease.KEPT) + "\"}";
    }
}
