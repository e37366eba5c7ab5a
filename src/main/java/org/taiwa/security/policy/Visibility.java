package org.taiwa.security.policy;

/** Who may read a space or a document. */
public enum Visibility {
    /** The members of the space (people and whole municipalities), its moderators and the secretariat. */
    MEMBERS_ONLY,
    /** Every signed-in member of the network. */
    ALL_MUNICIPALITIES,
    /** Everyone, also without signing in. */
    PUBLIC
}
