package org.taiwa.shell.ui;

import org.springframework.dao.DataAccessResourceFailureException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page shown instead of a view that could not be built because the database is unreachable: a plain
 * "temporarily unavailable" with a way to try again, status 503. Without the app layout, whose header would need
 * the database too. Vaadin matches error views by exception class along the causes, so the driver's own timeout
 * has its own subclass ({@link DriverTimeoutView}).
 */
@AnonymousAllowed
class DatabaseUnavailableView extends VerticalLayout implements HasErrorParameter<DataAccessResourceFailureException> {

    DatabaseUnavailableView() {
        setId("database-unavailable");
        addClassName("taiwa-unavailable");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        return show(event);
    }

    /** Fills the page; the next try of the same address works once the database is back. */
    int show(BeforeEnterEvent event) {
        removeAll();
        String again = "/" + event.getLocation().getPathWithQueryParameters();
        add(new H1(getTranslation("unavailable.title")), new Paragraph(getTranslation("unavailable.explain")),
                new Anchor(again, getTranslation("unavailable.retry")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
