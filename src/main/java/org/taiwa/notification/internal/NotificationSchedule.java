package org.taiwa.notification.internal;

import java.time.Instant;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.taiwa.notification.NotificationProperties;

/**
 * Runs the closing reminders every few minutes and the digest once a day, on every node that has
 * {@code taiwa.notification.scheduling} on (the default; tests turn it off and call the jobs). Both jobs
 * claim their work in the database, so running them on several nodes is safe.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "taiwa.notification.scheduling", matchIfMissing = true)
class NotificationSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

    private final ClosingReminder reminder;
    private final DailyDigest digest;
    private final NotificationProperties properties;

    NotificationSchedule(ClosingReminder reminder, DailyDigest digest, NotificationProperties properties) {
        this.reminder = reminder;
        this.digest = digest;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(() -> run("closing reminders", () -> reminder.remind(Instant.now())),
                properties.closingCheckInterval());
        if (digest.enabled()) {
            tasks.addCronTask(new CronTask(() -> run("daily digest", () -> digest.send(Instant.now())),
                    new CronTrigger(properties.digestCron(), properties.zone())));
        }
    }

    private static void run(String job, IntSupplier work) {
        try {
            int done = work.getAsInt();
            if (done > 0) {
                log.info("Notification job '{}': {}", job, done);
            }
        } catch (RuntimeException e) {
            // a failed run must not end the schedule; the next run tries again
            log.warn("Notification job '{}' failed", job, e);
        }
    }
}
