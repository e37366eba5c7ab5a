package org.taiwa.security.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

/**
 * Reads a member from the claims of a Keycloak token: {@code preferred_username}, {@code name},
 * {@code email}, {@code municipality} (the Japanese name) and the flat {@code roles} claim. Realm
 * roles that are not the network's (Keycloak's defaults such as {@code offline_access}) are ignored.
 */
final class OidcMembers {

    static final String ROLES_CLAIM = "roles";
    static final String MUNICIPALITY_CLAIM = "municipality";

    private OidcMembers() {
    }

    static SignedInMember fromClaims(Map<String, Object> claims) {
        String username = string(claims, "preferred_username").orElseGet(() -> string(claims, "sub").orElse(""));
        String name = string(claims, "name").orElseGet(() -> (string(claims, "family_name").orElse("") + " "
                + string(claims, "given_name").orElse("")).strip());
        return new SignedInMember(username, name, string(claims, "email").orElse(""),
                string(claims, MUNICIPALITY_CLAIM), roles(claims.get(ROLES_CLAIM)));
    }

    static Set<GrantedAuthority> authorities(SignedInMember member) {
        var authorities = new java.util.HashSet<GrantedAuthority>();
        member.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    private static Set<Role> roles(Object claim) {
        var roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                for (Role role : Role.values()) {
                    if (role.key().equals(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private static Optional<String> string(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value instanceof Collection<?> list && !list.isEmpty()) {
            value = list.iterator().next();
        }
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }
}
