package org.taiwa.security.policy;

import org.taiwa.security.Role;

/** Joint-purchase campaigns (the secretariat runs them) and sign-ups (a municipality's own staff and approvers). */
public final class PurchasePolicy {

    /** What the policy needs to know about a sign-up: whose it is. */
    public record SignUp(String municipality) {
    }

    private PurchasePolicy() {
    }

    /** Campaign details and sign-up forms: signed-in members (the public results page shows totals only). */
    public static boolean canViewCampaign(Viewer viewer) {
        return viewer.signedIn();
    }

    /** Create, open, close, allocate, settle, cancel: the secretariat. */
    public static boolean canManageCampaigns(Viewer viewer) {
        return viewer.isSecretariat();
    }

    /** Sign up, change and withdraw: staff of that municipality. */
    public static boolean canEditSignUp(Viewer viewer, SignUp signUp) {
        return viewer.has(Role.MEMBER) && viewer.belongsTo(signUp.municipality());
    }

    /** Make a sign-up binding: an approver of that municipality. */
    public static boolean canApprove(Viewer viewer, SignUp signUp) {
        return viewer.has(Role.APPROVER) && viewer.belongsTo(signUp.municipality());
    }

    /** A municipality sees its own sign-ups; the secretariat sees all. */
    public static boolean canViewSignUp(Viewer viewer, SignUp signUp) {
        return viewer.isSecretariat() || (viewer.signedIn() && viewer.belongsTo(signUp.municipality()));
    }
}
