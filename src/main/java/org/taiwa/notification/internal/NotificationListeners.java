package org.taiwa.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.taiwa.directory.Member;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.discussion.MeetingChanged;
import org.taiwa.discussion.PostPublished;
import org.taiwa.discussion.ProposalOpened;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SystemReads;
import org.taiwa.notification.NotificationKind;
import org.taiwa.notification.NotificationProperties;
import org.taiwa.notification.internal.NotificationRules.Reader;
import org.taiwa.notification.internal.NotificationStore.Notice;

/**
 * Turns the discussion's events into notices. The work runs on a thread of its own: posting must not wait
 * for tens of notices, and a failure here must not report a stored post as failed. One thread, in the order
 * of the events: a network of 62 municipalities makes few events, and in-order work keeps a reply's notices
 * from racing its thread's. A notice lost to a crash in between is accepted; the post itself is never lost.
 */
@Component
class NotificationListeners implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationListeners.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("notifications").factory());
    private final SystemReads discussion;
    private final Audience audience;
    private final NotificationStore store;
    private final MemberProfiles profiles;
    private final DateTimeFormatter time;

    NotificationListeners(SystemReads discussion, Audience audience, NotificationStore store, MemberProfiles profiles,
                          NotificationProperties properties) {
        this.discussion = discussion;
        this.audience = audience;
        this.store = store;
        this.profiles = profiles;
        this.time = DateTimeFormatter.ofPattern(NotificationStore.TIME_PATTERN).withZone(properties.zone());
    }

    @EventListener
    void on(PostPublished event) {
        later(() -> discussion.space(event.space()).ifPresent(space -> post(event, space)));
    }

    @EventListener
    void on(ProposalOpened event) {
        later(() -> discussion.space(event.space()).ifPresent(space -> {
            var params = List.of(name(event.author()), Objects.requireNonNullElse(event.title(), ""));
            tellSpace(space, event.author(), notice -> notice.to(NotificationKind.PROPOSAL_OPENED,
                    event.proposal().value(), params, "threads/" + event.thread().value(), event.at()));
        }));
    }

    @EventListener
    void on(MeetingChanged event) {
        later(() -> discussion.space(event.space()).ifPresent(space -> {
            var kind = switch (event.change()) {
                case SCHEDULED -> NotificationKind.MEETING_SCHEDULED;
                case UPDATED -> NotificationKind.MEETING_UPDATED;
                case CANCELLED -> NotificationKind.MEETING_CANCELLED;
            };
            var params = List.of(name(event.by()), Objects.requireNonNullElse(event.title(), ""),
                    event.startsAt() == null ? "" : time.format(event.startsAt()));
            // the time is what members plan by: edits of agenda, minutes or attendance at the same time are told
            // once, a new time again; scheduling and cancelling happen once per meeting
            String subject = event.change() == MeetingChanged.Change.UPDATED && event.startsAt() != null
                    ? event.meeting().value() + "@" + event.startsAt().toEpochMilli() : event.meeting().value();
            tellSpace(space, event.by(), notice -> notice.to(kind, subject, params,
                    "meetings/" + event.meeting().value(), event.at()));
        }));
    }

    private void post(PostPublished event, Space space) {
        var params = List.of(name(event.author()), Objects.requireNonNullElse(event.threadTitle(), ""));
        String route = "threads/" + event.thread().value();
        for (Reader reader : audience.readers(space, event.mentionedUsernames(), event.mentionedMunicipalities(),
                event.parentAuthor())) {
            NotificationRules.forPost(reader, event.author(), event.opensThread()).ifPresent(kind ->
                    store.deliver(new Notice(reader.username(), kind, event.post().value(), space.id().value(),
                            event.author(), params, route, event.at())));
        }
    }

    private void tellSpace(Space space, String actor, Function<Draft, Notice> notice) {
        for (Reader reader : audience.ofSpace(space)) {
            if (NotificationRules.forSpaceNews(reader, actor)) {
                store.deliver(notice.apply(new Draft(reader.username(), space.id().value(), actor)));
            }
        }
    }

    /** The part of a notice that is the same for every kind of space news. */
    record Draft(String recipient, String spaceId, String actor) {
        Notice to(NotificationKind kind, String subject, List<String> params, String route, Instant at) {
            return new Notice(recipient, kind, subject, spaceId, actor, params, route, at);
        }
    }

    private String name(String username) {
        return username == null ? "" : profiles.byUsername(username).map(Member::displayName).orElse(username);
    }

    private void later(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Could not create notifications", e);
            }
        });
    }

    /** Waits until the events published so far have been handled (for tests). */
    void drain() throws Exception {
        executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
