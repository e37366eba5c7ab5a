package org.taiwa.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.taiwa.security.CurrentMember;

/** The shared rate limits (docs/decisions/0019-rate-limits.md) and the counting of failed sign-ins. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    BucketRateLimits rateLimits(RateLimitProperties properties, CurrentMember currentMember) {
        return new BucketRateLimits(properties, currentMember);
    }

    @Bean
    SignInFailures signInFailures(BucketRateLimits limits) {
        return new SignInFailures(limits);
    }
}
