package org.taiwa.shell.internal;

import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Recognises an unreachable database among an error's causes: Spring's translation of the driver's timeout and
 * socket errors, or the driver's own where a call bypassed the translation (GridFS streams). Such an error is
 * not a bug: it is reported as "temporarily unavailable", and the driver reconnects by itself once the database
 * is back.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether the database being unreachable caused this error. */
    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof MongoTimeoutException
                    || t instanceof MongoSocketException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
