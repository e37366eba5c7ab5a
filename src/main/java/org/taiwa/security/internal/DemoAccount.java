package org.taiwa.security.internal;

import java.util.Optional;
import java.util.Set;

import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

/** One row of {@code config/demo-accounts.csv}: a demo account for the development sign-in. */
record DemoAccount(String username, String password, String displayName, String municipality, Set<Role> roles) {

    DemoAccount {
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            throw new IllegalArgumentException("a demo account needs a username and a password");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("demo account " + username + " has no role");
        }
        roles = Set.copyOf(roles);
    }

    SignedInMember member() {
        return new SignedInMember(username, displayName, username + "@demo.taiwa.example",
                Optional.ofNullable(municipality), roles);
    }
}
