package org.taiwa.directory.internal;

import org.springframework.stereotype.Component;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.ui.UnknownMunicipalityView;
import org.taiwa.security.CurrentMember;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Sends a member whose {@code municipality} claim names no municipality of the directory to a page
 * that says so, rather than letting views fail on a member without a municipality.
 */
@Component
class MunicipalityCheck implements VaadinServiceInitListener {

    private final CurrentMember currentMember;
    private final MunicipalityDirectory directory;

    MunicipalityCheck(CurrentMember currentMember, MunicipalityDirectory directory) {
        this.currentMember = currentMember;
        this.directory = directory;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        // an error page (e.g. the database being unavailable) must show without looking anything up
        if (event.getNavigationTarget() == UnknownMunicipalityView.class
                || HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return;
        }
        boolean unknown = currentMember.get().flatMap(m -> m.municipality())
                .map(name -> directory.byJapaneseName(name).isEmpty()).orElse(false);
        if (unknown) {
            event.rerouteTo(UnknownMunicipalityView.class);
        }
    }
}
