package org.taiwa.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.taiwa.security.Role;
import org.taiwa.security.SecurityProperties;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The actuator's own chain: the health probes for anyone (details by role, see application.yml), and
 * {@code /actuator/prometheus} for a scraper with {@code Authorization: Bearer} and the token in
 * {@code taiwa.security.metrics-token} ({@code TAIWA_SECURITY_METRICS_TOKEN}; blank: no scraper), or the
 * secretariat (signed in, or by HTTP Basic with a demo account in development sign-in mode). Everyone else is
 * refused (401/403): the metrics tell how the portal is used (docs/decisions/0017-operations.md).
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

    static final String PATH = "/actuator/prometheus";

    @Bean
    @Order(0)
    SecurityFilterChain metricsSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
                                                   @Value("${taiwa.security.metrics-token:}") String token)
            throws Exception {
        byte[] expected = token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        // the probes answer anyone; their details only the secretariat (management.endpoint.health)
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(PATH).access((authentication, context) ->
                                new AuthorizationDecision(scraper(context.getRequest(), expected)
                                        || secretariat(authentication.get())))
                        .requestMatchers("/actuator/info").authenticated()
                        .anyRequest().denyAll())
                // a plain status, not an error dispatch that the UI's chain would turn into a sign-in redirect
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) ->
                                response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .csrf(csrf -> csrf.disable());
        if (properties.developmentSignIn()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        }
        return http.build();
    }

    private static boolean scraper(HttpServletRequest request, byte[] expected) {
        String header = request.getHeader("Authorization");
        // constant time: the comparison must not tell how much of a guess was right
        return expected != null && header != null
                && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean secretariat(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities()
                .stream().anyMatch(a -> Role.SECRETARIAT.authority().equals(a.getAuthority()));
    }
}
