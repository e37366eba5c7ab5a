package org.taiwa.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.MongoTimeoutException;

class UiErrorHandlerTest {

    private final UiErrorHandler handler = new UiErrorHandler();

    static class CampaignClosed extends RuntimeException implements MessageSourceResolvable {
        @Override
        public String[] getCodes() {
            return new String[] {"purchase.campaign.closed"};
        }
    }

    @Test
    void a_rule_violation_is_shown_as_its_own_message_even_when_wrapped() {
        assertThat(handler.messageFor(new IllegalStateException("wrapper", new CampaignClosed())))
                .isEqualTo("purchase.campaign.closed");
    }

    @Test
    void anything_else_gets_the_generic_message_with_a_reference_and_no_internals() {
        assertThat(handler.messageFor(new NullPointerException("secret internals"))).isEqualTo("error.unexpected")
                .doesNotContain("secret");
    }

    @Test
    void an_unreachable_database_is_temporarily_unavailable_whether_translated_or_not() {
        assertThat(handler.messageFor(new IllegalStateException("grid fetch",
                new DataAccessResourceFailureException("Timed out after 2000 ms", new MongoTimeoutException("x")))))
                .isEqualTo("error.unavailable");
        assertThat(handler.messageFor(new MongoTimeoutException("Timed out while waiting for a server")))
                .isEqualTo("error.unavailable");
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("no"))).isFalse();
    }
}
