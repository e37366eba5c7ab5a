package org.taiwa.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** The member of the current request or UI access, from the security context. */
@Service
public class CurrentMember {

    /** The signed-in member, or empty for an anonymous visitor. */
    public Optional<SignedInMember> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TaiwaPrincipal principal) {
            return Optional.of(principal.member());
        }
        return Optional.empty();
    }
}
