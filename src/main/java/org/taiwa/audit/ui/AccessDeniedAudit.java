package org.taiwa.audit.ui;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditLog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Vaadin's navigation access control refuses views without Spring's authorization manager, so no Spring
 * Security event tells of it. This error view takes the place of Vaadin's default for
 * {@link AccessDeniedException}: it records the refusal and then does what the default does, answering
 * "not found" so that nobody learns which views exist. It is the one handler of that exception: another
 * module that wants its own page for it must take over the recording.
 */
@Tag(Tag.DIV)
@AnonymousAllowed
class AccessDeniedAudit extends Component implements HasErrorParameter<AccessDeniedException> {

    private static final Logger logger = LoggerFactory.getLogger(AccessDeniedAudit.class);
    private final AuditLog log;

    AccessDeniedAudit(AuditLog log) {
        this.log = log;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        String actor = principal == null ? AuditEntry.ANONYMOUS : principal.getName();
        String origin = request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
        try {
            log.recordAccessDenied(actor, "/" + event.getLocation().getPathWithQueryParameters(), origin);
        } catch (RuntimeException e) {
            logger.error("Could not record the refused view {} of {} in the audit log", event.getLocation().getPath(),
                    actor, e);
        }
        event.rerouteToError(NotFoundException.class, parameter.getCustomMessage());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
