package org.taiwa.discussion.ui;

import java.util.Map;

import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.discussion.ReadState;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Spaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The committees, working groups and forum the member may read, each with the posts the member has not read. */
@Route("spaces")
@Menu(title = "nav.spaces", order = 10)
@PermitAll
class SpacesView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<Space> grid = new Grid<>();
    private final ReadState readState;
    private Map<SpaceId, Integer> unread = Map.of();

    SpacesView(Spaces spaces, ReadState readState, LiveDiscussion live, MunicipalityDirectory municipalities) {
        this.readState = readState;
        unread = readState.unreadBySpace();
        // a post anywhere may change a count: ask again (the counts are one small query)
        live.subscribeWhileAttached(this, event -> true, event -> refreshUnread(), SpaceView.LIVE_REFRESH);
        grid.setId("spaces");
        grid.addComponentColumn(space -> new RouterLink(DiscussionText.name(space, getLocale()), SpaceView.class,
                new RouteParameters("spaceId", space.id().value()))).setHeader(getTranslation("spaces.name"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::unreadBadge).setKey("unread").setHeader(getTranslation("spaces.unread")).setAutoWidth(true);
        grid.addColumn(space -> getTranslation("enum.SpaceKind." + space.kind().name()))
                .setHeader(getTranslation("spaces.kind")).setAutoWidth(true);
        grid.addColumn(space -> getTranslation("enum.Visibility." + space.visibility().name()))
                .setHeader(getTranslation("spaces.visibility")).setAutoWidth(true);
        grid.addColumn(Space::purpose).setHeader(getTranslation("spaces.purpose"));
        grid.setItems(spaces.readable());
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("spaces.title")));
        if (spaces.canManage()) {
            var create = new Button(getTranslation("spaces.new"), e -> new NewSpaceDialog(spaces, municipalities,
                    space -> UI.getCurrent().navigate(SpaceView.class, new RouteParameters("spaceId",
                            space.id().value()))).open());
            create.setId("new-space");
            add(create);
        }
        add(grid);
    }

    /** Counts again, e.g. after a post elsewhere; rows stay as they are. */
    void refreshUnread() {
        unread = readState.unreadBySpace();
        grid.getDataProvider().refreshAll();
    }

    private Component unreadBadge(Space space) {
        int count = unread.getOrDefault(space.id(), 0);
        var badge = new Span(count == 0 ? "" : String.valueOf(count));
        badge.addClassName("taiwa-unread");
        badge.setVisible(count > 0);
        badge.getElement().setAttribute("aria-label", getTranslation("spaces.unread.count", count));
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spaces.title") + " | " + getTranslation("app.name");
    }
}
