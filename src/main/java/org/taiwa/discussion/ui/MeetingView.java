package org.taiwa.discussion.ui;

import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.DocumentLink;
import org.taiwa.discussion.LinkedThread;
import org.taiwa.discussion.Meeting;
import org.taiwa.discussion.MeetingAttendance;
import org.taiwa.discussion.MeetingId;
import org.taiwa.discussion.Meetings;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.Spaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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

/**
 * One meeting: when and where, agenda and minutes (sanitised HTML), linked threads and documents, and
 * the attendance list with its CSV download; editing, recording attendance and cancelling for those allowed.
 */
@Route("meetings/:meetingId")
@PermitAll
class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String LINK_REL = "nofollow noopener noreferrer";

    private final Spaces spaces;
    private final Meetings meetings;
    private final MeetingAttendance attendance;
    private String title = "";

    MeetingView(Spaces spaces, Meetings meetings, MeetingAttendance attendance) {
        this.spaces = spaces;
        this.meetings = meetings;
        this.attendance = attendance;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(meetings.get(new MeetingId(event.getRouteParameters().get("meetingId").orElseThrow())));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
        } catch (DiscussionNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void show(Meeting meeting) {
        Space space = spaces.get(meeting.space());
        title = meeting.title();
        removeAll();
        var heading = new H1(meeting.title());
        heading.setId("meeting-title");
        add(heading, MeetingsView.link(space.id()));
        if (meeting.cancelled()) {
            var cancelled = new Paragraph(getTranslation("meeting.cancelled"));
            cancelled.setId("meeting-status");
            cancelled.getStyle().set("color", "var(--lumo-error-text-color)");
            add(cancelled);
        }
        add(facts(meeting), actions(meeting, space));
        add(new H2(getTranslation("meeting.agenda")), markdown(meeting.agendaHtml(), "meeting-agenda"));
        add(new H2(getTranslation("meeting.minutes")), markdown(meeting.minutesHtml(), "meeting-minutes"));
        add(new H2(getTranslation("meeting.threads")), threads(meeting));
        add(new H2(getTranslation("meeting.documents")), documents(meeting));
        add(new H2(getTranslation("meeting.attendance")), new AttendancePanel(meeting, attendance));
    }

    private Component facts(Meeting meeting) {
        var time = new Span(getTranslation("meeting.time", MeetingTimes.range(meeting)));
        time.setId("meeting-time");
        var facts = new Paragraph(time, new Span(" · " + getTranslation("enum.MeetingMode." + meeting.mode().name())));
        if (!meeting.place().isEmpty()) {
            facts.add(new Span(" · " + meeting.place()));
        }
        if (!meeting.onlineUrl().isEmpty()) {
            facts.add(new Span(" · "), external(meeting.onlineUrl(), getTranslation("meeting.online"), "meeting-link"));
        }
        return facts;
    }

    private Component actions(Meeting meeting, Space space) {
        var actions = new HorizontalLayout();
        if (meeting.cancelled()) {
            return actions;
        }
        if (meetings.canSchedule(space.id())) {
            var edit = new Button(getTranslation("meeting.edit"), e -> new MeetingForm(meetings, space, meeting,
                    this::show).open());
            edit.setId("edit-meeting");
            var record = new Button(getTranslation("meeting.record-attendance"), e -> new AttendanceDialog(attendance,
                    meetings.municipalities(), meeting, this::show).open());
            record.setId("record-attendance");
            actions.add(edit, record);
        }
        if (meetings.canCancel(space.id())) {
            var cancel = new Button(getTranslation("meeting.cancel"), e -> confirmCancel(meeting));
            cancel.setId("cancel-meeting");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        return actions;
    }

    private void confirmCancel(Meeting meeting) {
        var confirm = new ConfirmDialog(getTranslation("meeting.cancel"), getTranslation("meeting.cancel.confirm"),
                getTranslation("meeting.cancel.yes"), e -> show(meetings.cancel(meeting.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("meeting.cancel.no"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("cancel-confirm");
        confirm.open();
    }

    private Component markdown(String html, String id) {
        Component body = html.isBlank() ? new Paragraph(getTranslation("meeting.none"))
                : new Html("<div class=\"taiwa-post-body\">" + html + "</div>");
        body.setId(id);
        return body;
    }

    private Component threads(Meeting meeting) {
        var list = new UnorderedList();
        list.setId("meeting-threads");
        for (LinkedThread thread : meeting.threads()) {
            list.add(new ListItem(new RouterLink(thread.title().isBlank() ? thread.id().value() : thread.title(),
                    ThreadView.class, new RouteParameters("threadId", thread.id().value()))));
        }
        return meeting.threads().isEmpty() ? new Paragraph(getTranslation("meeting.none")) : list;
    }

    private Component documents(Meeting meeting) {
        var list = new UnorderedList();
        list.setId("meeting-documents");
        for (DocumentLink document : meeting.documents()) {
            list.add(new ListItem(external(document.url(), document.title(), null)));
        }
        return meeting.documents().isEmpty() ? new Paragraph(getTranslation("meeting.none")) : list;
    }

    /** Addresses were checked to be http(s) when stored; members' links open apart and learn nothing of the portal. */
    private static Anchor external(String url, String text, String id) {
        var link = new Anchor(url, text, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", LINK_REL);
        if (id != null) {
            link.setId(id);
        }
        return link;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
