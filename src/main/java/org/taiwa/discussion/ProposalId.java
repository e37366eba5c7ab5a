package org.taiwa.discussion;

/** Identifies a proposal; it equals the id of its thread, which carries at most one proposal. */
public record ProposalId(String value) {

    public ProposalId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a proposal id must not be blank");
        }
    }
}
