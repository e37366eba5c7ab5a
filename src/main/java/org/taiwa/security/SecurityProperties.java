package org.taiwa.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Sign-in settings.
 *
 * @param oidcIssuer   issuer URI of the OpenID Connect provider (Keycloak realm); blank means
 *                     the development sign-in ({@code TAIWA_OIDC_ISSUER})
 * @param demoAccounts CSV of the demo accounts for the development sign-in
 */
@ConfigurationProperties("taiwa.security")
public record SecurityProperties(
        @DefaultValue("") String oidcIssuer,
        @DefaultValue("classpath:taiwa-config/demo-accounts.csv") Resource demoAccounts) {

    public boolean developmentSignIn() {
        return oidcIssuer == null || oidcIssuer.isBlank();
    }
}
