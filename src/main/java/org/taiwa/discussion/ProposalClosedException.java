package org.taiwa.discussion;

/** The proposal is closed (its closing time passed, or it was closed early): no more positions (409). */
public class ProposalClosedException extends ProposalConflictException {

    public ProposalClosedException(ProposalId id) {
        super("discussion.proposal.closed", "Proposal closed",
                "Proposal " + id.value() + " is closed and takes no more positions");
    }
}
