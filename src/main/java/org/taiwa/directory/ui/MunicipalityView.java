package org.taiwa.directory.ui;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.directory.Participation;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * A municipality's page: what it is and what it took part in. Later features add its discussions,
 * documents, event footprints and sign-ups here.
 */
@Route("municipalities/:id")
@PermitAll
class MunicipalityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MunicipalityDirectory directory;
    private String title = "";

    MunicipalityView(MunicipalityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Municipality m = event.getRouteParameters().get("id")
                .filter(id -> id.matches("[a-z][a-z0-9-]*"))
                .flatMap(id -> directory.byId(new MunicipalityId(id)))
                .orElseThrow(NotFoundException::new);
        show(m);
    }

    private void show(Municipality m) {
        removeAll();
        title = m.name(getLocale());
        var heading = new H1(m.nameJa() + " (" + m.nameEn() + ")");
        heading.setId("municipality-name");
        add(heading, new Paragraph(label(m.kind()) + " · " + label(m.region())));
        add(new H2(getTranslation("municipality.participation")));
        var list = new UnorderedList();
        list.setId("participation");
        for (Participation p : Participation.values()) {
            if (m.tookPartIn(p)) {
                list.add(new ListItem(label(p)));
            }
        }
        if (m.participation().isEmpty()) {
            list.add(new ListItem(getTranslation("municipality.participation.none")));
        }
        add(list, new RouterLink(getTranslation("municipality.back"), DirectoryView.class));
    }

    private String label(Enum<?> value) {
        return getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
