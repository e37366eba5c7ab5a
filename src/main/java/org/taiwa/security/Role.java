package org.taiwa.security;

/** The realm roles of the network. */
public enum Role {
    MEMBER(Roles.MEMBER), ACADEMIC(Roles.ACADEMIC), MODERATOR(Roles.MODERATOR),
    SECRETARIAT(Roles.SECRETARIAT), APPROVER(Roles.APPROVER);

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The role's name in Keycloak and in {@code @RolesAllowed}. */
    public String key() {
        return key;
    }

    /** The Spring Security authority: {@code ROLE_} and the key. */
    public String authority() {
        return "ROLE_" + key;
    }

    public static Role fromKey(String key) {
        for (Role role : values()) {
            if (role.key.equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role: " + key);
    }
}
