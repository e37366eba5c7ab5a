package org.taiwa.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Sign-in settings.
 *
 * @param oidcIssuer   issuer URI of the OpenID Connect provider (Keycloak realm); blank means
 *                     the development sign-in ({@code TAIWA_OIDC_ISSUER})
 * @param oidcClientId     the portal's client id at the provider ({@code TAIWA_OIDC_CLIENT_ID}); also the
 *                         audience that API access tokens must carry
 * @param oidcClientSecret the client secret ({@code TAIWA_OIDC_CLIENT_SECRET}); defaults to the demo
 *                         realm's, which the prod profile refuses
 * @param demoAccounts CSV of the demo accounts for the development sign-in
 */
@ConfigurationProperties("taiwa.security")
public record SecurityProperties(
        @DefaultValue("") String oidcIssuer,
        @DefaultValue("taiwa-portal") String oidcClientId,
        @DefaultValue(DEMO_CLIENT_SECRET) String oidcClientSecret,
        @DefaultValue("classpath:taiwa-config/demo-accounts.csv") Resource demoAccounts) {

    /** The client secret of config/keycloak/taiwa-realm.json: for local use only. */
    public static final String DEMO_CLIENT_SECRET = "taiwa-portal-demo-secret";

    public SecurityProperties {
        oidcIssuer = oidcIssuer == null ? "" : oidcIssuer.strip().replaceAll("/+$", "");
    }

    public boolean developmentSignIn() {
        return oidcIssuer == null || oidcIssuer.isBlank();
    }
}
