package org.taiwa.security.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.TaiwaPrincipal;

/** An API request authenticated by a Keycloak access token. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final transient Jwt token;
    private final TaiwaPrincipal principal;

    ApiTokenAuthentication(Jwt token, SignedInMember member) {
        super(OidcMembers.authorities(member));
        this.token = token;
        this.principal = new ApiMember(member);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.member().username();
    }

    record ApiMember(SignedInMember member) implements TaiwaPrincipal {
    }
}
