package org.taiwa.storage;

/**
 * The database cannot be used as configured. Its message says what to change; the failure
 * analyzer prints it instead of a stack trace.
 */
public class StorageStartupException extends RuntimeException {

    private final String action;

    public StorageStartupException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** What the operator should do about it. */
    public String action() {
        return action;
    }
}
