package org.taiwa.security.policy;

import org.springframework.security.access.AccessDeniedException;

/** Turns a policy's answer into enforcement inside a service. */
public final class Permissions {

    private Permissions() {
    }

    /**
     * Throws {@link AccessDeniedException} (shown to members as "not allowed", a 403 problem detail
     * on the API) unless the policy allowed it.
     */
    public static void require(boolean allowed, String action) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed: " + action);
        }
    }
}
