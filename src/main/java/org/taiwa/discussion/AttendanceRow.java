package org.taiwa.discussion;

import java.util.Objects;

/**
 * One line of a meeting's attendance list: a member or a municipality, whether invited, and whether present.
 *
 * @param id           username or municipality code
 * @param name         display name of the member (the username when unknown) or Japanese name of the municipality
 * @param municipality Japanese name of the member's municipality, or of the municipality itself; empty if none
 */
public record AttendanceRow(Kind kind, String id, String name, String municipality, boolean invited,
                            Presence presence) {

    /** Who the line is about. */
    public enum Kind { MEMBER, MUNICIPALITY }

    /** Present, absent, or not known because nobody recorded the attendance yet. */
    public enum Presence { PRESENT, ABSENT, NOT_RECORDED }

    public AttendanceRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(presence, "presence");
        name = Objects.requireNonNullElse(name, id);
        municipality = Objects.requireNonNullElse(municipality, "");
    }
}
