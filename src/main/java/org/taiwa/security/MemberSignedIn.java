package org.taiwa.security;

import java.time.Instant;

/** Published when a member signs in interactively; the directory keeps the member's profile from it. */
public record MemberSignedIn(SignedInMember member, Instant at) {
}
