package org.taiwa.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The digest's SMTP server ({@code mail} in /actuator/health, only when {@code spring.mail.host} is set). An outage
 * is {@code DEGRADED}, which application.yml ranks below UP: it shows here and in the secretariat's details but
 * never takes the node down or out of rotation, because everything but the mails works and the digest tries again
 * the next day (docs/decisions/0017-operations.md).
 */
@Component("mailHealthIndicator")
@ConditionalOnProperty("spring.mail.host")
class MailHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "The mail server cannot be reached; mails wait");

    private final JavaMailSenderImpl sender;

    MailHealthIndicator(JavaMailSenderImpl sender) {
        super("Mail health check failed");
        this.sender = sender;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("location", sender.getHost() + ":" + sender.getPort());
        try {
            sender.testConnection();
            builder.up();
        } catch (Exception e) {
            builder.status(DEGRADED).withDetail("error", e.getClass().getSimpleName());
        }
    }
}
