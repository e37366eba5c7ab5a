package org.taiwa.discussion.internal;

import static org.taiwa.discussion.MeetingDraft.MAX_AGENDA;
import static org.taiwa.discussion.MeetingDraft.MAX_DOCUMENTS;
import static org.taiwa.discussion.MeetingDraft.MAX_MEMBERS;
import static org.taiwa.discussion.MeetingDraft.MAX_MINUTES;
import static org.taiwa.discussion.MeetingDraft.MAX_PLACE;
import static org.taiwa.discussion.MeetingDraft.MAX_THREADS;
import static org.taiwa.discussion.MeetingDraft.MAX_TITLE;
import static org.taiwa.discussion.MeetingDraft.MAX_URL;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.taiwa.discussion.DocumentLink;
import org.taiwa.discussion.InvalidMeetingException;
import org.taiwa.discussion.InvalidMeetingException.Field;
import org.taiwa.discussion.LinkedThread;
import org.taiwa.discussion.MeetingDraft;
import org.taiwa.discussion.ThreadId;

/**
 * The rules a meeting record must meet, checked as a whole before anything is stored. Pure: what it
 * needs from the database (the directory's municipality codes, the space's threads) is handed in.
 * Usernames are only checked for their form: invitations may name people who have not signed in yet.
 */
public final class MeetingValidation {


    /** Keycloak's usernames as this network uses them: {@code staff.toshima-island}, or an e-mail address. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    private MeetingValidation() {
    }

    /**
     * The draft with its text trimmed, times to the millisecond, usernames sorted and municipalities in
     * the directory's order.
     *
     * @param municipalityOrder every municipality code the directory knows, in its official order
     * @param threadsOfSpace    titles of the draft's threads that exist in the meeting's space, by id
     * @throws InvalidMeetingException for the first rule the draft breaks
     */
    public static Checked check(MeetingDraft draft, List<String> municipalityOrder, Map<String, String> threadsOfSpace) {
        String title = required(draft.title(), MAX_TITLE, Field.TITLE, "title");
        if (draft.startsAt() == null || draft.endsAt() == null) {
            throw new InvalidMeetingException(Field.TIME, "discussion.meeting.time.missing",
                    "A meeting needs a start and an end time.");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw new InvalidMeetingException(Field.TIME, "discussion.meeting.time.order",
                    "A meeting must end after it starts.");
        }
        if (draft.mode() == null) {
            throw new InvalidMeetingException(Field.MODE, "discussion.meeting.mode.missing",
                    "Choose how people meet: IN_PERSON, ONLINE or HYBRID.");
        }
        String place = optional(draft.place(), MAX_PLACE, Field.PLACE, "place");
        if (draft.mode().needsPlace() && place.isEmpty()) {
            throw new InvalidMeetingException(Field.PLACE, "discussion.meeting.place.required",
                    "A meeting in person needs a place.");
        }
        String url = draft.onlineUrl().strip();
        if (draft.mode().needsLink() && url.isEmpty()) {
            throw new InvalidMeetingException(Field.ONLINE_URL, "discussion.meeting.url.required",
                    "An online meeting needs its link.");
        }
        if (!url.isEmpty() && !isWebAddress(url)) {
            throw new InvalidMeetingException(Field.ONLINE_URL, "discussion.meeting.url.invalid",
                    "The link must be an http or https address.");
        }
        String agenda = optional(draft.agenda(), MAX_AGENDA, Field.AGENDA, "agenda");
        String minutes = optional(draft.minutes(), MAX_MINUTES, Field.MINUTES, "minutes");
        List<String> members = usernames(draft.memberUsernames());
        List<String> municipalities = municipalities(draft.municipalityCodes(), municipalityOrder);
        List<LinkedThread> threads = threads(draft.threads(), threadsOfSpace);
        List<DocumentLink> documents = documents(draft.documents());
        var clean = new MeetingDraft(title, draft.startsAt().truncatedTo(ChronoUnit.MILLIS),
                draft.endsAt().truncatedTo(ChronoUnit.MILLIS), draft.mode(), place, url, members, municipalities,
                agenda, minutes, threads.stream().map(LinkedThread::id).toList(), documents);
        return new Checked(clean, threads);
    }

    /** A valid draft with its threads' titles. */
    public record Checked(MeetingDraft draft, List<LinkedThread> threads) {
    }

    /**
     * Usernames lower-cased, without repeats, sorted.
     *
     * @throws InvalidMeetingException for a username of the wrong form, or too many
     */
    public static List<String> usernames(List<String> usernames) {
        Set<String> clean = new java.util.TreeSet<>();
        for (String username : usernames) {
            String name = username.strip().toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(name).matches()) {
                throw new InvalidMeetingException(Field.MEMBERS, "discussion.meeting.username.invalid",
                        "Not a username: " + username, username);
            }
            clean.add(name);
        }
        if (clean.size() > MAX_MEMBERS) {
            throw new InvalidMeetingException(Field.MEMBERS, "discussion.meeting.members.too-many",
                    "A meeting may name at most " + MAX_MEMBERS + " members.", MAX_MEMBERS);
        }
        return List.copyOf(clean);
    }

    /**
     * Municipality codes without repeats, in the directory's official order.
     *
     * @throws InvalidMeetingException for a code the directory does not know
     */
    public static List<String> municipalities(List<String> codes, List<String> municipalityOrder) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String code : codes) {
            String clean = code.strip();
            if (!municipalityOrder.contains(clean)) {
                throw new InvalidMeetingException(Field.MUNICIPALITIES, "discussion.meeting.municipality.unknown",
                        "No municipality with the code " + code, code);
            }
            wanted.add(clean);
        }
        return municipalityOrder.stream().filter(wanted::contains).toList();
    }

    /** An absolute http or https address with a host, as a link to follow. */
    public static boolean isWebAddress(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<LinkedThread> threads(List<ThreadId> ids, Map<String, String> threadsOfSpace) {
        List<LinkedThread> threads = new ArrayList<>();
        Set<ThreadId> seen = new LinkedHashSet<>();
        for (ThreadId id : ids) {
            if (!threadsOfSpace.containsKey(id.value())) {
                throw new InvalidMeetingException(Field.THREADS, "discussion.meeting.thread.foreign",
                        "Thread " + id.value() + " is not a thread of this space.", id.value());
            }
            if (seen.add(id)) {
                threads.add(new LinkedThread(id, threadsOfSpace.get(id.value())));
            }
        }
        if (threads.size() > MAX_THREADS) {
            throw new InvalidMeetingException(Field.THREADS, "discussion.meeting.threads.too-many",
                    "A meeting may link at most " + MAX_THREADS + " threads.", MAX_THREADS);
        }
        return threads;
    }

    private static List<DocumentLink> documents(List<DocumentLink> documents) {
        if (documents.size() > MAX_DOCUMENTS) {
            throw new InvalidMeetingException(Field.DOCUMENTS, "discussion.meeting.documents.too-many",
                    "A meeting may link at most " + MAX_DOCUMENTS + " documents.", MAX_DOCUMENTS);
        }
        List<DocumentLink> clean = new ArrayList<>();
        for (DocumentLink document : documents) {
            String title = document.title().strip();
            String url = document.url().strip();
            if (title.length() > MAX_TITLE) {
                throw new InvalidMeetingException(Field.DOCUMENTS, "discussion.meeting.document.title",
                        "A document title may have at most " + MAX_TITLE + " characters.", MAX_TITLE);
            }
            if (!isWebAddress(url)) {
                throw new InvalidMeetingException(Field.DOCUMENTS, "discussion.meeting.document.url",
                        "The address of " + title + " must be an http or https address.", title);
            }
            clean.add(new DocumentLink(title, url));
        }
        return clean;
    }

    private static String required(String value, int max, Field field, String what) {
        String clean = value.strip();
        if (clean.isEmpty()) {
            throw new InvalidMeetingException(field, "discussion.meeting." + what + ".empty",
                    "A meeting needs a " + what + ".");
        }
        return limited(clean, max, field, what);
    }

    private static String optional(String value, int max, Field field, String what) {
        return limited(value.strip(), max, field, what);
    }

    private static String limited(String value, int max, Field field, String what) {
        if (value.length() > max) {
            throw new InvalidMeetingException(field, "discussion.meeting." + what + ".too-long",
                    "The meeting's " + what + " may have at most " + max + " characters; it has " + value.length()
                            + ".", max, value.length());
        }
        return value;
    }
}
