package org.taiwa.audit.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/** Spring Security publishes authorization events only when such a publisher exists; it publishes denials. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
