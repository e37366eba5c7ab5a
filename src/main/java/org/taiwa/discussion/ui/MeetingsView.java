package org.taiwa.discussion.ui;

import java.time.Instant;

import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.Meeting;
import org.taiwa.discussion.Meetings;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Spaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** A space's meeting records: upcoming soonest first, then past ones latest first, loaded as the member scrolls. */
@Route("spaces/:spaceId/meetings")
@PermitAll
class MeetingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Spaces spaces;
    private final Meetings meetings;
    private String title = "";

    MeetingsView(Spaces spaces, Meetings meetings) {
        this.spaces = spaces;
        this.meetings = meetings;
    }

    /** The link to a space's meetings, for the space's own page. */
    static RouterLink link(SpaceId space) {
        var link = new RouterLink(MeetingsView.class, new RouteParameters("spaceId", space.value()));
        link.setText(link.getTranslation("meetings.link"));
        link.setId("space-meetings");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Space space = spaces.get(new SpaceId(event.getRouteParameters().get("spaceId").orElseThrow()));
            title = getTranslation("meetings.title", DiscussionText.name(space, getLocale()));
            removeAll();
            var heading = new H1(title);
            heading.setId("meetings-heading");
            var back = new RouterLink(getTranslation("meetings.back-to-space"), SpaceView.class,
                    new RouteParameters("spaceId", space.id().value()));
            var bar = new HorizontalLayout(back);
            bar.setAlignItems(Alignment.BASELINE);
            Grid<Meeting> grid = grid(space);
            if (meetings.canSchedule(space.id())) {
                var schedule = new Button(getTranslation("meetings.schedule"), e -> new MeetingForm(meetings, space,
                        null, meeting -> navigateTo(meeting)).open());
                schedule.setId("schedule-meeting");
                schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                bar.add(schedule);
            }
            add(heading, bar, grid);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
        } catch (DiscussionNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private Grid<Meeting> grid(Space space) {
        var grid = new Grid<Meeting>();
        grid.setId("meetings");
        grid.addColumn(MeetingTimes::range).setHeader(getTranslation("meetings.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(m -> new RouterLink(m.title(), MeetingView.class,
                new RouteParameters("meetingId", m.id().value()))).setHeader(getTranslation("meetings.meeting"))
                .setFlexGrow(3);
        grid.addColumn(m -> getTranslation("enum.MeetingMode." + m.mode().name()))
                .setHeader(getTranslation("meetings.mode")).setAutoWidth(true);
        grid.addColumn(Meeting::place).setHeader(getTranslation("meetings.place")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(state(m, Instant.now()))).setHeader(getTranslation("meetings.status"))
                .setAutoWidth(true);
        grid.setItems(query -> meetings.list(space.id(), query.getPage(), query.getPageSize()).stream());
        return grid;
    }

    /** The i18n key of the meeting's state: upcoming, held, or cancelled. */
    static String state(Meeting meeting, Instant now) {
        if (meeting.cancelled()) {
            return "meeting.state.CANCELLED";
        }
        return meeting.upcoming(now) ? "meeting.state.UPCOMING" : "meeting.state.PAST";
    }

    private void navigateTo(Meeting meeting) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, new RouteParameters("meetingId", meeting.id().value())));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
