package org.taiwa.discussion.ui;

import org.taiwa.discussion.Space;
import org.taiwa.discussion.Spaces;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The committees, working groups and forum the member may read. */
@Route("spaces")
@Menu(title = "nav.spaces", order = 10)
@PermitAll
class SpacesView extends VerticalLayout implements HasDynamicTitle {

    SpacesView(Spaces spaces) {
        var grid = new Grid<Space>();
        grid.setId("spaces");
        grid.addComponentColumn(space -> new RouterLink(DiscussionText.name(space, getLocale()), SpaceView.class,
                new RouteParameters("spaceId", space.id().value()))).setHeader(getTranslation("spaces.name"))
                .setAutoWidth(true);
        grid.addColumn(space -> getTranslation("enum.SpaceKind." + space.kind().name()))
                .setHeader(getTranslation("spaces.kind")).setAutoWidth(true);
        grid.addColumn(space -> getTranslation("enum.Visibility." + space.visibility().name()))
                .setHeader(getTranslation("spaces.visibility")).setAutoWidth(true);
        grid.addColumn(Space::purpose).setHeader(getTranslation("spaces.purpose"));
        grid.setItems(spaces.readable());
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("spaces.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spaces.title") + " | " + getTranslation("app.name");
    }
}
