package org.taiwa.discussion;

/**
 * The state of a space or thread does not allow the moderator's action (409 on the API): moving into an
 * archived space, or splitting a branch out of a deleted thread.
 */
public class ModerationConflictException extends DiscussionConflictException {

    public ModerationConflictException(String code, String title, String detail) {
        super(code, title, detail);
    }
}
