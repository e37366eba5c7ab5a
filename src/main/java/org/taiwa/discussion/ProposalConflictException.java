package org.taiwa.discussion;

/**
 * The proposal's state does not allow it (409 on the API): the thread has one already, or the
 * proposal is still open when an outcome is recorded.
 */
public class ProposalConflictException extends DiscussionConflictException {

    public ProposalConflictException(String code, String title, String detail) {
        super(code, title, detail);
    }
}
