package org.taiwa.shell.internal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The one place where the UI's unexpected errors end: logged with a reference number that the
 * member sees, never a stack trace. A rule violation (an exception that is a
 * {@link MessageSourceResolvable}) is shown as its translated message and not logged as an error, nor is an
 * unreachable database ({@link DatabaseOutage}), which the member is told is temporarily unavailable. A browser that
 * left before its answer was written (a broken pipe) is not an error: it is logged at debug level only.
 */
@Component
public class UiErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (DisconnectedClientHelper.isClientDisconnectedException(event.getThrowable())) {
            // the browser left (closed, reloaded, gave up waiting) before its answer was written: no one to tell,
            // and nothing went wrong on the portal's side
            log.debug("Browser gone before its answer was written: {}", event.getThrowable().toString());
            return;
        }
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(message, 8_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    String messageFor(Throwable error) {
        if (DatabaseOutage.causedBy(error)) {
            log.warn("Database unreachable, told the member: {}", error.toString());
            return translate("error.unavailable", null);
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                log.info("Access denied: {}", t.getMessage());
                return translate("error.denied", null);
            }
            if (t instanceof MessageSourceResolvable rule && rule.getCodes() != null && rule.getCodes().length > 0) {
                log.info("Rule violation shown to the member: {}", t.toString());
                return translate(rule.getCodes()[0], rule.getArguments());
            }
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, error);
        return translate("error.unexpected", new Object[] {reference});
    }

    private static String translate(String key, Object[] arguments) {
        UI ui = UI.getCurrent();
        Object[] args = arguments == null ? new Object[0] : arguments;
        return ui != null ? ui.getTranslation(key, args) : key;
    }
}
