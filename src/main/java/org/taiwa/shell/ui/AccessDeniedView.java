package org.taiwa.shell.ui;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditLog;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page a signed-in member sees when their roles do not allow a view (restricted views carry
 * {@code @AccessDeniedErrorRouter}, so production mode shows this rather than "not found"). Vaadin's
 * navigation access control does not go through Spring's authorization manager, so the refusal
 * is written to the audit log here.
 */
@AnonymousAllowed
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger(AccessDeniedView.class);

    private final AuditLog audit;

    AccessDeniedView(AuditLog audit) {
        this.audit = audit;
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        record(event);
        removeAll();
        add(new H1(getTranslation("access-denied.title")), new Paragraph(getTranslation("access-denied.explain")),
                new Anchor("", getTranslation("access-denied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    private void record(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        String actor = principal == null ? AuditEntry.ANONYMOUS : principal.getName();
        String origin = request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
        try {
            audit.recordAccessDenied(actor, "/" + event.getLocation().getPathWithQueryParameters(), origin);
        } catch (RuntimeException e) {
            // a failing audit write must not turn a refusal into an error page
            log.error("Could not record the refused view {} of {}", event.getLocation().getPath(), actor, e);
        }
    }
}
