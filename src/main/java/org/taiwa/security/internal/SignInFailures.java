package org.taiwa.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.taiwa.security.RateLimit;

/**
 * Counts failed sign-ins (the form and HTTP Basic) against the account's {@link RateLimit#SIGN_IN_ACCOUNT} bucket:
 * only failures, so that members signing in often are never held up, while guessing a password soon is.
 */
class SignInFailures {

    private final BucketRateLimits limits;

    SignInFailures(BucketRateLimits limits) {
        this.limits = limits;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String account = event.getAuthentication().getName();
        if (account != null && !account.isBlank()) {
            limits.count(RateLimit.SIGN_IN_ACCOUNT, account);
        }
    }
}
