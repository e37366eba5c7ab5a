package org.taiwa.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** The page a signed-in member sees when their roles do not allow a view. */
@AnonymousAllowed
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H1(getTranslation("access-denied.title")), new Paragraph(getTranslation("access-denied.explain")),
                new Anchor("", getTranslation("access-denied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
