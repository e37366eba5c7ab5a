package org.taiwa.audit;

/**
 * The action codes the audit module records itself. Other modules use their own dotted codes for
 * their administrative actions, e.g. {@code space.create} or {@code campaign.close}.
 */
public final class AuditActions {

    /** An interactive sign-in (the sign-in form or single sign-on); not each API request. */
    public static final String SIGN_IN = "auth.sign-in";
    /** A failed sign-in; the actor is the username that was tried. */
    public static final String SIGN_IN_FAILED = "auth.sign-in-failed";
    public static final String SIGN_OUT = "auth.sign-out";
    /** A signed-in member was refused a request or a view. */
    public static final String ACCESS_DENIED = "auth.access-denied";

    private AuditActions() {
    }
}
