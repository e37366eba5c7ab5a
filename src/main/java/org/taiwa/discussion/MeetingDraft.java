package org.taiwa.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a member fills in to schedule or change a meeting. {@link Meetings} validates it as a whole
 * before anything is stored.
 *
 * @param place             where people meet in person; empty for online meetings
 * @param onlineUrl         the http(s) link of the online meeting; empty for meetings in person
 * @param memberUsernames   members invited by username
 * @param municipalityCodes municipalities invited, by directory id such as {@code minato}
 * @param agenda            Markdown, may be empty
 * @param minutes           Markdown, empty until someone writes them
 * @param threads           threads of the same space that the meeting discusses
 */
public record MeetingDraft(String title, Instant startsAt, Instant endsAt, MeetingMode mode, String place,
                           String onlineUrl, List<String> memberUsernames, List<String> municipalityCodes,
                           String agenda, String minutes, List<ThreadId> threads, List<DocumentLink> documents) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_PLACE = 200;
    public static final int MAX_URL = 2_000;
    public static final int MAX_AGENDA = 20_000;
    public static final int MAX_MINUTES = 100_000;
    public static final int MAX_MEMBERS = 200;
    public static final int MAX_THREADS = 50;
    public static final int MAX_DOCUMENTS = 50;

    public MeetingDraft {
        title = Objects.requireNonNullElse(title, "");
        place = Objects.requireNonNullElse(place, "");
        onlineUrl = Objects.requireNonNullElse(onlineUrl, "");
        agenda = Objects.requireNonNullElse(agenda, "");
        minutes = Objects.requireNonNullElse(minutes, "");
        memberUsernames = copy(memberUsernames);
        municipalityCodes = copy(municipalityCodes);
        threads = copy(threads);
        documents = copy(documents);
    }

    /** The draft that edits an existing meeting, as it stands. */
    public static MeetingDraft of(Meeting m) {
        return new MeetingDraft(m.title(), m.startsAt(), m.endsAt(), m.mode(), m.place(), m.onlineUrl(),
                m.memberUsernames(), m.municipalityCodes(), m.agenda(), m.minutes(),
                m.threads().stream().map(LinkedThread::id).toList(), m.documents());
    }

    private static <T> List<T> copy(List<T> list) {
        // nulls are input errors that validation reports, not reasons to fail here
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
