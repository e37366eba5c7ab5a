package org.taiwa.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.taiwa.discussion.Position;
import org.taiwa.discussion.Proposal;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SystemReads;
import org.taiwa.notification.NotificationKind;
import org.taiwa.notification.NotificationProperties;
import org.taiwa.notification.internal.NotificationRules.Reader;
import org.taiwa.notification.internal.NotificationStore.Notice;

/**
 * Reminds the followers of a space who have not stated a position that a proposal closes soon. Runs
 * every few minutes on every node; the unique key (member, kind, proposal) makes it once per member and
 * proposal however often and wherever it runs, and a member who gains access later is still reminded.
 */
@Component
public class ClosingReminder {

    private final SystemReads discussion;
    private final Audience audience;
    private final NotificationStore store;
    private final NotificationProperties properties;
    private final DateTimeFormatter time;

    ClosingReminder(SystemReads discussion, Audience audience, NotificationStore store,
                    NotificationProperties properties) {
        this.discussion = discussion;
        this.audience = audience;
        this.store = store;
        this.properties = properties;
        this.time = DateTimeFormatter.ofPattern(NotificationStore.TIME_PATTERN).withZone(properties.zone());
    }

    /**
     * Reminds about every proposal open at {@code now} and closing within the window.
     *
     * @return how many reminders were new
     */
    public int remind(Instant now) {
        int told = 0;
        for (Proposal proposal : discussion.openProposalsClosingBetween(now, now.plus(properties.closingWindow()))) {
            Space space = discussion.space(proposal.space()).orElse(null);
            if (space == null) {
                continue;
            }
            Set<String> stated = proposal.positions().stream().map(Position::username).collect(Collectors.toSet());
            var params = List.of(proposal.title(), time.format(proposal.closesAt()));
            for (Reader reader : audience.ofSpace(space)) {
                // a reminder is nobody's action: the author is reminded too if they have not stated a position
                if (!stated.contains(reader.username()) && NotificationRules.forSpaceNews(reader, "")
                        && store.deliver(new Notice(reader.username(), NotificationKind.PROPOSAL_CLOSING,
                        proposal.id().value(), space.id().value(), "", params,
                        "threads/" + proposal.thread().value(), now))) {
                    told++;
                }
            }
        }
        return told;
    }
}
