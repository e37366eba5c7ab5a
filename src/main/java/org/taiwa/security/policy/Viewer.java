package org.taiwa.security.policy;

import java.util.Optional;

import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

/** The person a policy decides for: a signed-in member or an anonymous visitor. */
public sealed interface Viewer permits Viewer.Anonymous, Viewer.Member {

    static Viewer of(Optional<SignedInMember> member) {
        return member.<Viewer>map(Member::new).orElse(ANONYMOUS);
    }

    Viewer ANONYMOUS = new Anonymous();

    boolean signedIn();

    boolean has(Role role);

    /** Username, or empty for an anonymous visitor. */
    String username();

    /** Japanese name of the member's municipality, if any. */
    Optional<String> municipality();

    default boolean isSecretariat() {
        return has(Role.SECRETARIAT);
    }

    default boolean belongsTo(String municipalityNameJa) {
        return municipality().filter(m -> m.equals(municipalityNameJa)).isPresent();
    }

    /** An anonymous visitor. */
    record Anonymous() implements Viewer {
        public boolean signedIn() { return false; }
        public boolean has(Role role) { return false; }
        public String username() { return ""; }
        public Optional<String> municipality() { return Optional.empty(); }
    }

    /** A signed-in member. */
    record Member(SignedInMember member) implements Viewer {
        public boolean signedIn() { return true; }
        public boolean has(Role role) { return member.has(role); }
        public String username() { return member.username(); }
        public Optional<String> municipality() { return member.municipality(); }
    }
}
