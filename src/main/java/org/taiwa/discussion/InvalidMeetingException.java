package org.taiwa.discussion;

import java.util.Objects;

/**
 * A meeting that cannot be stored as given (400 on the API). It names the field at fault so that a
 * form can show the message beside it.
 */
public class InvalidMeetingException extends InvalidInputException {

    /** The part of a meeting the message is about. */
    public enum Field { TITLE, TIME, MODE, PLACE, ONLINE_URL, MEMBERS, MUNICIPALITIES, AGENDA, MINUTES, THREADS,
        DOCUMENTS, VERSION }

    private final Field field;

    public InvalidMeetingException(Field field, String code, String message, Object... arguments) {
        super(code, message, arguments);
        this.field = Objects.requireNonNull(field, "field");
    }

    public Field field() {
        return field;
    }
}
