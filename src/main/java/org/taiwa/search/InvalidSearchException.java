package org.taiwa.search;

import org.taiwa.discussion.InvalidInputException;

/**
 * A search request outside what is allowed (a page beyond the hits searched, an unknown filter or sort);
 * never thrown for the words themselves, which are read leniently (400 on the API).
 */
public class InvalidSearchException extends InvalidInputException {

    public InvalidSearchException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
