package org.taiwa.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.taiwa.security.Role;
import org.taiwa.security.SecurityProperties;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may read {@code /actuator/prometheus}: a scraper with {@code Authorization: Bearer} and the token in
 * {@code taiwa.security.metrics-token} ({@code TAIWA_SECURITY_METRICS_TOKEN}; blank: no scraper), or the
 * secretariat (signed in, or by HTTP Basic with a demo account in development sign-in mode). Everyone else is
 * refused: the metrics tell how the portal is used (docs/decisions/0017-operations.md).
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
        http.securityMatcher(PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(scraper(context.getRequest(), expected)
                                || secretariat(authentication.get()))))
                .csrf(csrf -> csrf.disable());
        if (properties.developmentSignIn()) {
            http.httpBasic(Customizer.withDefaults());
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
