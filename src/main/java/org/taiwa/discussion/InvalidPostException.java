package org.taiwa.discussion;

/** A title or post that cannot be stored as given: empty, too long, or answering a post it cannot answer. */
public class InvalidPostException extends IllegalArgumentException {

    public InvalidPostException(String message) {
        super(message);
    }
}
