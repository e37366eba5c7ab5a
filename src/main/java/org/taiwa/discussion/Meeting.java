package org.taiwa.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting record of a space: when and where, who was invited, the agenda and minutes (Markdown with
 * their sanitised HTML), the threads and documents it refers to, and afterwards who attended.
 *
 * @param memberUsernames   invited members, sorted
 * @param municipalityCodes invited municipalities, in the directory's official order
 * @param attendance        who attended; empty until recorded
 * @param version           counts the changes; an update must name the version it changes (optimistic locking)
 */
public record Meeting(MeetingId id, SpaceId space, String title, Instant startsAt, Instant endsAt, MeetingMode mode,
                      String place, String onlineUrl, List<String> memberUsernames, List<String> municipalityCodes,
                      String agenda, String agendaHtml, String minutes, String minutesHtml, List<LinkedThread> threads,
                      List<DocumentLink> documents, Optional<Attendance> attendance, MeetingStatus status,
                      String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        place = Objects.requireNonNullElse(place, "");
        onlineUrl = Objects.requireNonNullElse(onlineUrl, "");
        agenda = Objects.requireNonNullElse(agenda, "");
        agendaHtml = Objects.requireNonNullElse(agendaHtml, "");
        minutes = Objects.requireNonNullElse(minutes, "");
        minutesHtml = Objects.requireNonNullElse(minutesHtml, "");
        memberUsernames = List.copyOf(memberUsernames);
        municipalityCodes = List.copyOf(municipalityCodes);
        threads = List.copyOf(threads);
        documents = List.copyOf(documents);
        attendance = Objects.requireNonNullElse(attendance, Optional.empty());
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** Not yet over at that moment: a meeting under way counts as upcoming. */
    public boolean upcoming(Instant now) {
        return endsAt.isAfter(now);
    }
}
