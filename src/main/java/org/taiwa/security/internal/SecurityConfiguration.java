package org.taiwa.security.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.taiwa.security.MemberSignedIn;
import org.taiwa.security.RateLimits;
import org.taiwa.security.SecurityProperties;
import org.taiwa.security.SignInMode;
import org.taiwa.security.TaiwaPrincipal;
import org.taiwa.security.ui.LoginView;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: {@code /api/**} (stateless, problem details; Keycloak access tokens, or HTTP
 * Basic with the demo accounts while the development sign-in is active) and the Vaadin UI (Keycloak
 * single sign-on with RP-initiated and back-channel logout, or the development sign-in). Both send the security
 * headers of {@link SecurityHeaders} and enforce the rate limits of docs/decisions/0019-rate-limits.md; the API
 * bounds request bodies, the UI ends sessions past their absolute timeout (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_PATHS = {
        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
        "/swagger-ui/**", "/frontend-static/**"
    };

    /**
     * Pages made to be framed by other sites (the offset calculator's public embed). X-Frame-Options is left out
     * there; the module serving them sets {@code Content-Security-Policy: frame-ancestors} from its configuration.
     */
    static final String EMBEDDABLE_PATHS = "/embed/**";

    private final SecurityProperties properties;

    SecurityConfiguration(SecurityProperties properties, Environment environment) {
        this.properties = properties;
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            refuseDemoSettingsInProduction(properties);
        }
    }

    private static void refuseDemoSettingsInProduction(SecurityProperties properties) {
        if (properties.developmentSignIn()) {
            throw new InvalidConfigurationPropertyValueException("taiwa.security.oidc-issuer", "",
                    "The prod profile needs single sign-on: set TAIWA_OIDC_ISSUER to the Keycloak realm's issuer URI."
                            + " The development sign-in with demo accounts is refused under prod.");
        }
        if (SecurityProperties.DEMO_CLIENT_SECRET.equals(properties.oidcClientSecret())) {
            throw new InvalidConfigurationPropertyValueException("taiwa.security.oidc-client-secret", "(demo secret)",
                    "The prod profile refuses the demo realm's client secret: set TAIWA_OIDC_CLIENT_ID and"
                            + " TAIWA_OIDC_CLIENT_SECRET to the portal's client at your Keycloak.");
        }
    }

    @Bean
    SignInMode signInMode() {
        return new SignInMode(properties.developmentSignIn());
    }

    @Bean
    @ConditionalOnExpression("'${taiwa.security.oidc-issuer:}'.isBlank()")
    DevelopmentSignIn developmentSignIn() {
        return new DevelopmentSignIn(DemoAccounts.read(properties.demoAccounts()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JsonMapper json, RateLimits rateLimits,
                                               ObjectProvider<JwtDecoder> jwtDecoder,
                                               ObjectProvider<OidcConfiguration.ApiTokenConverter> tokens) throws Exception {
        boolean sso = jwtDecoder.getIfAvailable() != null;
        var problems = new ProblemDetailsSecurityHandler(json, !sso);
        http.securityMatcher("/api/**")
                .headers(headers -> headers.addHeaderWriter(SecurityHeaders.api())
                        .referrerPolicy(referrer -> referrer.policy(SecurityHeaders.REFERRER_POLICY)))
                .addFilterBefore(new ApiRateLimitFilter(rateLimits, json, ApiRateLimitFilter.Phase.ADDRESS),
                        LogoutFilter.class)
                .addFilterBefore(new ApiBodyLimit(properties.maxApiBody().toBytes(), json), LogoutFilter.class)
                .addFilterBefore(new ApiRateLimitFilter(rateLimits, json, ApiRateLimitFilter.Phase.MEMBER),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the event calculator's public API, for municipal websites (rate-limited by the offset module)
                        .requestMatchers(HttpMethod.POST, "/api/offset/estimate").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/offset/factor-sets/active").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        if (sso) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(jwtDecoder.getObject()).jwtAuthenticationConverter(tokens.getObject()))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http, JsonMapper json, RateLimits rateLimits,
                                              ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers,
                                              ObjectProvider<KeycloakReachability> keycloak)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll());
        // every response but the embeddable pages' gets X-Frame-Options DENY and frame-ancestors 'none' from
        // SecurityHeaders, which sets them before Vaadin could add its SAMEORIGIN
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()));
        http.addFilterBefore(new SecurityHeaders(SecurityHeaders.uiPolicy(properties.oidcIssuer()), EMBEDDABLE_PATHS),
                HeaderWriterFilter.class);
        http.addFilterBefore(new AbsoluteSessionTimeout(properties.absoluteSessionTimeout(), Clock.systemUTC()),
                SecurityContextHolderFilter.class);
        http.addFilterBefore(new SignInRateLimitFilter(rateLimits, json), LogoutFilter.class);
        var oidcUserService = oidcUsers.getIfAvailable();
        if (oidcUserService == null) {
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        } else {
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                    .oauth2LoginPage("/oauth2/authorization/" + OidcConfiguration.REGISTRATION_ID, "{baseUrl}"));
            http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)));
            http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
            http.addFilterBefore(new SingleSignOnGuard(keycloak.getObject()),
                    OAuth2AuthorizationRequestRedirectFilter.class);
        }
        return http.build();
    }

    @Bean
    SignInEvents signInEvents(ApplicationEventPublisher events) {
        return new SignInEvents(events, Clock.systemUTC());
    }

    /** Turns Spring Security's interactive sign-in into the module's own event. */
    record SignInEvents(ApplicationEventPublisher events, Clock clock) {

        @EventListener
        void on(InteractiveAuthenticationSuccessEvent event) {
            if (event.getAuthentication().getPrincipal() instanceof TaiwaPrincipal principal) {
                events.publishEvent(new MemberSignedIn(principal.member(), clock.instant()));
            }
        }
    }
}
