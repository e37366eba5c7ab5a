package org.taiwa.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.MongoTimeoutException;
import com.vaadin.flow.server.ErrorEvent;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

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

    @Test
    void a_browser_gone_before_its_answer_is_not_logged_as_an_error_but_anything_else_is() {
        var logger = (Logger) LoggerFactory.getLogger(UiErrorHandler.class);
        var events = new ListAppender<ILoggingEvent>();
        events.start();
        logger.addAppender(events);
        try {
            handler.error(new ErrorEvent(new ClientAbortException(new IOException("Broken pipe"))));
            assertThat(events.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.INFO));
            handler.error(new ErrorEvent(new IllegalStateException("a bug")));
            assertThat(events.list).anyMatch(event -> event.getLevel() == Level.ERROR
                    && event.getFormattedMessage().startsWith("Unexpected error, reference"));
        } finally {
            logger.detachAppender(events);
        }
    }
}
