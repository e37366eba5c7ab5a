package org.taiwa.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of the audit log. Text parts are never null; they are stripped, control characters become
 * spaces and over-long values are cut, so that a hostile username cannot flood or forge the log.
 *
 * @param id     the entry's position in the log: a number that grows with every entry
 * @param at     when it happened (millisecond precision, as MongoDB stores it)
 * @param actor  the username, or {@value #ANONYMOUS}
 * @param action a stable dotted code such as {@code auth.sign-in} or {@code space.create}
 * @param target what the action was done to (a path, an id), or empty
 * @param detail more about it (never a password), or empty
 * @param origin the client's IP address, or empty when unknown
 */
public record AuditEntry(String id, Instant at, String actor, String action, String target, String detail,
                         String origin) {

    public static final String ANONYMOUS = "anonymous";
    static final int MAX_ACTOR = 200;
    static final int MAX_TARGET = 1_000;
    static final int MAX_DETAIL = 2_000;
    static final int MAX_ORIGIN = 100;
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("not a dotted action code: " + action);
        }
        actor = clean(actor, MAX_ACTOR);
        if (actor.isEmpty()) {
            actor = ANONYMOUS;
        }
        target = clean(target, MAX_TARGET);
        detail = clean(detail, MAX_DETAIL);
        origin = clean(origin, MAX_ORIGIN);
    }

    /** Null becomes empty; control characters become spaces; at most {@code max} characters, never half a pair. */
    static String clean(String value, int max) {
        if (value == null) {
            return "";
        }
        var text = new StringBuilder(Math.min(value.length(), max));
        value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c).forEach(text::appendCodePoint);
        String stripped = text.toString().strip();
        if (stripped.length() <= max) {
            return stripped;
        }
        int end = Character.isHighSurrogate(stripped.charAt(max - 1)) ? max - 1 : max;
        return stripped.substring(0, end);
    }
}
