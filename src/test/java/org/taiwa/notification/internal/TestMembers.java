package org.taiwa.notification.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.security.MemberSignedIn;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.TaiwaPrincipal;

/**
 * Members of the notification tests' own: fresh usernames, so that what other tests in the shared context
 * post never reaches them, with a profile (as after a first sign-in) so that they can be notified.
 */
final class TestMembers {

    private final ApplicationEventPublisher events;

    TestMembers(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A new member of no municipality, with a profile. */
    SignedInMember create(String prefix) {
        return create(prefix, null);
    }

    /** A new member of the municipality (Japanese name), with a profile. */
    SignedInMember create(String prefix, String municipality) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        var member = new SignedInMember(username, prefix + " テスト", username + "@demo.taiwa.example",
                Optional.ofNullable(municipality), Set.of(Role.MEMBER));
        events.publishEvent(new MemberSignedIn(member, Instant.now()));
        return member;
    }

    /** Calls services as this member until the next sign-in or the security context is cleared. */
    static void signIn(SignedInMember member) {
        TaiwaPrincipal principal = () -> member;
        var authorities = member.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, authorities));
    }
}
