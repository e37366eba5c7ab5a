package org.taiwa.security.internal;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.TaiwaPrincipal;

/** A member signed in through Keycloak: the OIDC user with the member read from its claims. */
final class TaiwaOidcUser extends DefaultOidcUser implements TaiwaPrincipal {

    private final SignedInMember member;

    TaiwaOidcUser(SignedInMember member, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(OidcMembers.authorities(member), idToken, userInfo, "preferred_username");
        this.member = member;
    }

    @Override
    public SignedInMember member() {
        return member;
    }
}
