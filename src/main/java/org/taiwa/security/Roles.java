package org.taiwa.security;

/** Realm role names, as Keycloak and {@code @RolesAllowed} spell them. */
public final class Roles {

    /** Municipal staff. */
    public static final String MEMBER = "member";
    /** Outside expert. */
    public static final String ACADEMIC = "academic";
    public static final String MODERATOR = "moderator";
    /** Runs the network: spaces, campaigns, factor sets. */
    public static final String SECRETARIAT = "secretariat";
    /** Approves their municipality's purchase commitments. */
    public static final String APPROVER = "approver";

    private Roles() {
    }
}
