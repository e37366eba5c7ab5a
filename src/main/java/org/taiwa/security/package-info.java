/**
 * Security: sign-in (the development sign-in now, OpenID Connect with Keycloak later), roles,
 * the current member and API security. Its API is {@link org.taiwa.security.CurrentMember},
 * {@link org.taiwa.security.SignInMode}, {@link org.taiwa.security.Roles} and the
 * {@link org.taiwa.security.MemberSignedIn} event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.taiwa.security;
