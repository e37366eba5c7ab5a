package org.taiwa.shell.ui;

import com.mongodb.MongoTimeoutException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** {@link DatabaseUnavailableView} for the driver's timeout where a call bypassed Spring's translation. */
@AnonymousAllowed
class DriverTimeoutView extends Composite<DatabaseUnavailableView> implements HasErrorParameter<MongoTimeoutException> {

    @Override
    protected DatabaseUnavailableView initContent() {
        return new DatabaseUnavailableView();
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<MongoTimeoutException> parameter) {
        return getContent().show(event);
    }
}
