package org.taiwa.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Sign-in settings.
 *
 * @param oidcIssuer   issuer URI of the OpenID Connect provider (Keycloak realm); blank means
 *                     the development sign-in ({@code TAIWA_OIDC_ISSUER})
 * @param oidcClientId     the portal's client id at the provider ({@code TAIWA_OIDC_CLIENT_ID}); also the
 *                         audience that API access tokens must carry
 * @param oidcClientSecret the client secret ({@code TAIWA_OIDC_CLIENT_SECRET}); defaults to the demo
 *                         realm's, which the prod profile refuses
 * @param oidcBackchannelUrl the realm's URL for the portal's own calls to the provider (token,
 *                         user info, keys) when it differs from the issuer the browser sees, as
 *                         inside docker-compose ({@code TAIWA_OIDC_BACKCHANNEL_URL}); blank means the issuer
 * @param demoAccounts CSV of the demo accounts for the development sign-in
 * @param absoluteSessionTimeout how long a UI session lasts at most, active or not; then its member signs in again
 *                         (the idle timeout is {@code server.servlet.session.timeout})
 * @param maxApiBody       the largest request body the API reads other than a file upload (whose limit is
 *                         {@code taiwa.library.max-file-size}); larger ones are refused with 413
 */
@ConfigurationProperties("taiwa.security")
public record SecurityProperties(
        @DefaultValue("") String oidcIssuer,
        @DefaultValue("taiwa-portal") String oidcClientId,
        @DefaultValue(DEMO_CLIENT_SECRET) String oidcClientSecret,
        @DefaultValue("") String oidcBackchannelUrl,
        @DefaultValue("classpath:taiwa-config/demo-accounts.csv") Resource demoAccounts,
        @DefaultValue("12h") Duration absoluteSessionTimeout,
        @DefaultValue("1MB") DataSize maxApiBody) {

    /** The client secret of config/keycloak/taiwa-realm.json: for local use only. */
    public static final String DEMO_CLIENT_SECRET = "taiwa-portal-demo-secret";

    public SecurityProperties {
        oidcIssuer = oidcIssuer == null ? "" : oidcIssuer.strip().replaceAll("/+$", "");
        oidcBackchannelUrl = oidcBackchannelUrl == null || oidcBackchannelUrl.isBlank() ? oidcIssuer
                : oidcBackchannelUrl.strip().replaceAll("/+$", "");
        if (absoluteSessionTimeout == null || absoluteSessionTimeout.isNegative() || absoluteSessionTimeout.isZero()) {
            throw new IllegalArgumentException("taiwa.security.absolute-session-timeout must be positive");
        }
        if (maxApiBody == null || maxApiBody.toBytes() < 1) {
            throw new IllegalArgumentException("taiwa.security.max-api-body must be positive");
        }
    }

    public boolean developmentSignIn() {
        return oidcIssuer == null || oidcIssuer.isBlank();
    }
}
