package org.taiwa.security.internal;

import java.util.Collections;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.taiwa.security.ui.LoginView;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.HttpSession;

/**
 * Closes the sign-in page's UI once its member has signed in. The browser has left that page (the form posted to
 * Spring Security, or the page sent it to Keycloak), but Vaadin would keep the UI and its components in the
 * session until three heartbeats were missed — minutes, for every member who signs in (docs/decisions/0020-load.md).
 * A closed UI is removed at the session's next request; other pages the member has open are left alone.
 */
@Component
class SignInPageRelease {

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return;
        }
        HttpSession session = request.getRequest().getSession(false);
        if (session == null) {
            return;
        }
        for (String name : Collections.list(session.getAttributeNames())) {
            if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                vaadin.access(() -> vaadin.getUIs().stream().filter(SignInPageRelease::showsSignIn)
                        .forEach(UI::close));
            }
        }
    }

    private static boolean showsSignIn(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance);
    }
}
