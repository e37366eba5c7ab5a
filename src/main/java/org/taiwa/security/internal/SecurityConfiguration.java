package org.taiwa.security.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.taiwa.security.MemberSignedIn;
import org.taiwa.security.SecurityProperties;
import org.taiwa.security.SignInMode;
import org.taiwa.security.TaiwaPrincipal;
import org.taiwa.security.ui.LoginView;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: {@code /api/**} (stateless, problem details; HTTP Basic with the demo accounts
 * while the development sign-in is active) and the Vaadin UI.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PATHS = {
        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
        "/swagger-ui/**", "/frontend-static/**"
    };

    private final SecurityProperties properties;

    SecurityConfiguration(SecurityProperties properties, Environment environment) {
        this.properties = properties;
        if (properties.developmentSignIn() && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new InvalidConfigurationPropertyValueException("taiwa.security.oidc-issuer", "",
                    "The prod profile needs single sign-on: set TAIWA_OIDC_ISSUER to the Keycloak realm's issuer URI."
                            + " The development sign-in with demo accounts is refused under prod.");
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
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        var problems = new ProblemDetailsSecurityHandler(json, true);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
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
