package org.taiwa.notification;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * Settings of the notification module. The digest also needs a mail server ({@code spring.mail.host});
 * without one it is off and the rest works.
 *
 * @param scheduling            run the scheduled jobs (digest, closing reminders) on this node; off in tests,
 *                              which call the jobs themselves. Every node may run them: they claim their work
 * @param digestCron            when the daily digest goes out (Spring cron, seconds first), in {@code zone}
 * @param zone                  the network's time zone: the digest's day and the times written in notices
 * @param closingCheckInterval  how often to look for proposals closing soon
 * @param closingWindow         how soon "closing soon" is
 * @param mailFrom              the digest's sender address
 * @param baseUrl               the portal's public address, for links in mail
 */
@ConfigurationProperties("taiwa.notification")
public record NotificationProperties(@DefaultValue("true") boolean scheduling,
                                     @DefaultValue("0 30 7 * * *") String digestCron,
                                     @DefaultValue("Asia/Tokyo") ZoneId zone,
                                     @DefaultValue("10m") Duration closingCheckInterval,
                                     @DefaultValue("24h") Duration closingWindow,
                                     @DefaultValue("Taiwa <noreply@taiwa.example>") String mailFrom,
                                     @DefaultValue("http://localhost:8080") String baseUrl) {

    public NotificationProperties {
        // a bad cron expression should stop the start, not silently skip every digest
        CronExpression.parse(digestCron);
        if (closingCheckInterval.isNegative() || closingCheckInterval.isZero()) {
            throw new IllegalArgumentException("taiwa.notification.closing-check-interval must be positive");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
