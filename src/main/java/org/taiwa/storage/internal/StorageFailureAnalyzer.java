package org.taiwa.storage.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.taiwa.storage.StorageStartupException;

/** Prints a storage start-up failure as a description and an action, not as a stack trace. */
class StorageFailureAnalyzer extends AbstractFailureAnalyzer<StorageStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StorageStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), null);
    }
}
