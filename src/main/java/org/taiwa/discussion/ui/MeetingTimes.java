package org.taiwa.discussion.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.taiwa.discussion.Meeting;

/** Meetings are held in Tokyo: their times are shown and entered in Japan time, whatever the browser's zone. */
final class MeetingTimes {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(TOKYO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(TOKYO);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(TOKYO);

    private MeetingTimes() {
    }

    /** {@code 2011-06-21 14:00–16:00}, or with both days when it ends on another day. */
    static String range(Meeting meeting) {
        boolean sameDay = DAY.format(meeting.startsAt()).equals(DAY.format(meeting.endsAt()));
        return DAY_TIME.format(meeting.startsAt()) + "–"
                + (sameDay ? TIME.format(meeting.endsAt()) : DAY_TIME.format(meeting.endsAt()));
    }

    static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant);
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, TOKYO);
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(TOKYO).toInstant();
    }
}
