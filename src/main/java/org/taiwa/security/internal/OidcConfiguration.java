package org.taiwa.security.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.taiwa.security.SecurityProperties;

/**
 * Single sign-on through an OpenID Connect provider (the network's Keycloak), active when
 * {@code taiwa.security.oidc-issuer} is set. Endpoints are Keycloak's, derived from the issuer, so
 * the portal starts even while Keycloak is still starting; keys are fetched on first use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${taiwa.security.oidc-issuer:}'.isBlank()")
class OidcConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    private final SecurityProperties properties;

    OidcConfiguration(SecurityProperties properties) {
        this.properties = properties;
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository() {
        String issuer = properties.oidcIssuer();
        String endpoints = issuer + "/protocol/openid-connect";
        String backchannel = properties.oidcBackchannelUrl() + "/protocol/openid-connect";
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(properties.oidcClientId())
                .clientSecret(properties.oidcClientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(endpoints + "/auth")
                .tokenUri(backchannel + "/token")
                .userInfoUri(backchannel + "/userinfo")
                .userNameAttributeName("preferred_username")
                .jwkSetUri(backchannel + "/certs")
                .issuerUri(issuer)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        var delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            return new TaiwaOidcUser(OidcMembers.fromClaims(user.getClaims()), user.getIdToken(), user.getUserInfo());
        };
    }

    /** Access tokens of the API: signed by the realm, from the issuer, unexpired, and meant for this portal. */
    @Bean
    JwtDecoder apiJwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withJwkSetUri(properties.oidcBackchannelUrl() + "/protocol/openid-connect/certs")
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(properties.oidcClientId()));
        // a small clock skew: an expired token stops working within seconds, not Spring's default minute
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(Duration.ofSeconds(5)), new JwtIssuerValidator(properties.oidcIssuer()),
                audience));
        return decoder;
    }

    @Bean
    KeycloakReachability keycloakReachability() {
        return new KeycloakReachability(properties.oidcBackchannelUrl(), java.time.Clock.systemUTC());
    }

    @Bean
    ApiTokenConverter apiTokenConverter() {
        return new ApiTokenConverter();
    }

    /** Turns a validated access token into the API's authentication. */
    static final class ApiTokenConverter
            implements org.springframework.core.convert.converter.Converter<Jwt, ApiTokenAuthentication> {
        @Override
        public ApiTokenAuthentication convert(Jwt jwt) {
            return new ApiTokenAuthentication(jwt, OidcMembers.fromClaims(jwt.getClaims()));
        }
    }
}
