package org.taiwa.audit.internal;

import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.taiwa.audit.AuditActions;
import org.taiwa.audit.AuditLog;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Records Spring Security's own events, so the security module needs to know nothing about auditing
 * (see docs/decisions/0005-append-only-audit-log.md). A failure to record is logged and does not stop
 * anybody from signing in or out.
 */
@Component
class SecurityEventAudit {

    private static final Logger log = LoggerFactory.getLogger(SecurityEventAudit.class);
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final AuditLog audit;

    SecurityEventAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Only interactive sign-ins: HTTP Basic on the API authenticates every request and is not one. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        record(who.getName(), AuditActions.SIGN_IN, "", who.getClass().getSimpleName(), Origins.of(who));
    }

    /** The actor is the username that was tried; the detail names the reason, never the password. */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        record(attempt.getName(), AuditActions.SIGN_IN_FAILED, "", event.getException().getClass().getSimpleName(),
                Origins.of(attempt));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        Authentication who = event.getAuthentication();
        record(who.getName(), AuditActions.SIGN_OUT, "", "", Origins.of(who));
    }

    /**
     * A signed-in member refused a request. Anonymous refusals are not recorded: every first visit is
     * one, answered by sending the visitor to the sign-in page.
     */
    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || trust.isAnonymous(who) || !who.isAuthenticated()) {
            return;
        }
        Object secured = event.getObject();
        HttpServletRequest request = secured instanceof HttpServletRequest r ? r : Origins.currentRequest();
        String origin = request == null ? Origins.of(who) : Origins.of(request);
        if (secured instanceof MethodInvocation method) {
            record(who.getName(), AuditActions.ACCESS_DENIED,
                    method.getMethod().getDeclaringClass().getSimpleName() + "." + method.getMethod().getName(),
                    "method", origin);
        } else {
            record(who.getName(), AuditActions.ACCESS_DENIED, request == null ? "" : request.getRequestURI(),
                    "request", origin);
        }
    }

    private void record(String actor, String action, String target, String detail, String origin) {
        try {
            audit.record(actor, action, target, detail, origin);
        } catch (RuntimeException e) {
            log.error("Could not record {} of {} in the audit log", action, actor, e);
        }
    }
}
