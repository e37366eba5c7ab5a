package org.taiwa.discussion.ui;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.security.TooManyRequestsException;
import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.Draft;
import org.taiwa.discussion.DraftKey;
import org.taiwa.discussion.Drafts;
import org.taiwa.discussion.InvalidInputException;
import org.taiwa.discussion.ReadState;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Spaces;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/** A space: its purpose, its threads (pinned first, then latest activity, loaded as the member scrolls) and a new thread. */
@Route("spaces/:spaceId")
@PermitAll
class SpaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How often at most an open list of threads or spaces is refreshed while posts keep arriving. */
    static final Duration LIVE_REFRESH = Duration.ofSeconds(2);

    private final Spaces spaces;
    private final RateLimits rateLimits;
    private final ThreadService threads;
    private final ReadState readState;
    private final Drafts drafts;
    /** Unread posts of the threads the grid has fetched, filled page by page. */
    private final Map<ThreadId, Integer> unread = new HashMap<>();
    private final LiveDiscussion live;
    private Registration liveUpdates;
    private String title = "";

    SpaceView(Spaces spaces, ThreadService threads, ReadState readState, Drafts drafts, LiveDiscussion live,
              RateLimits rateLimits) {
        this.live = live;
        this.rateLimits = rateLimits;
        this.spaces = spaces;
        this.threads = threads;
        this.readState = readState;
        this.drafts = drafts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Space space = spaces.get(new SpaceId(event.getRouteParameters().get("spaceId").orElseThrow()));
            title = DiscussionText.name(space, getLocale());
            // Vaadin keeps this view for the next navigation to a space: nothing of the last one stays
            unread.clear();
            removeAll();
            var heading = new H1(title);
            heading.setId("space-name");
            Grid<Thread> grid = threadGrid(space);
            add(heading, new Paragraph(space.purpose() == null ? "" : space.purpose()), newThreadForm(space),
                    markAllRead(space, grid), grid);
            addComponentAtIndex(1, MeetingsView.link(space.id()));
            if (space.archived()) {
                addComponentAtIndex(1, new Span(getTranslation("space.archived")));
            } else if (spaces.canManage()) {
                addComponentAtIndex(1, archiveButton(space));
            }
            followLive(space.id(), grid);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
        } catch (DiscussionNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private Grid<Thread> threadGrid(Space space) {
        var grid = new Grid<Thread>();
        grid.setId("threads");
        // the link and the badge are drawn in the browser (LitRenderer): no component per row (decision 0020)
        grid.addColumn(LitRenderer.<Thread>of("<a href=\"${item.href}\" router-link>${item.title}</a>")
                .withProperty("href", t -> RouteConfiguration.forApplicationScope().getUrl(ThreadView.class,
                        new RouteParameters("threadId", t.id().value())))
                .withProperty("title", t -> (t.pinned() ? "📌 " : "") + t.title())).setKey("title")
                .setHeader(getTranslation("space.thread")).setFlexGrow(3);
        grid.addColumn(LitRenderer.<Thread>of("<span class=\"taiwa-unread\" ?hidden=${!item.unread} "
                        + "aria-label=\"${item.label}\">${item.unread}</span>")
                .withProperty("unread", t -> unread.getOrDefault(t.id(), 0))
                .withProperty("label", t -> getTranslation("spaces.unread.count", unread.getOrDefault(t.id(), 0))))
                .setKey("unread").setHeader(getTranslation("spaces.unread")).setAutoWidth(true);
        grid.addColumn(Thread::author).setHeader(getTranslation("space.author")).setAutoWidth(true);
        grid.addColumn(Thread::replyCount).setHeader(getTranslation("space.replies")).setAutoWidth(true);
        grid.addColumn(t -> DiscussionText.time(t.lastActivityAt())).setHeader(getTranslation("space.last-activity"))
                .setAutoWidth(true);
        grid.setItems(query -> {
            List<Thread> page = threads.threads(space.id(), query.getPage(), query.getPageSize());
            unread.putAll(readState.unread(page));
            return page.stream();
        });
        return grid;
    }

    private Component archiveButton(Space space) {
        var archive = new Button(getTranslation("space.archive"), e -> {
            var confirm = new ConfirmDialog(getTranslation("space.archive"),
                    getTranslation("space.archive.confirm", title), getTranslation("space.archive"), ok -> {
                        spaces.archive(space.id());
                        UI.getCurrent().refreshCurrentRoute(false);
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("attachment.cancel"));
            confirm.open();
        });
        archive.setId("archive-space");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return archive;
    }

    /** New threads and replies of this space show up (with their counts) while the member looks at it. */
    private void followLive(SpaceId spaceId, Grid<Thread> grid) {
        if (liveUpdates != null) {
            liveUpdates.remove();
        }
        liveUpdates = live.subscribeWhileAttached(this, event -> event.space().equals(spaceId), event -> {
            unread.clear();
            grid.getDataProvider().refreshAll();
        }, LIVE_REFRESH);
    }

    private Component markAllRead(Space space, Grid<Thread> grid) {
        var button = new Button(getTranslation("space.mark-all-read"), e -> {
            readState.markAllRead(space.id());
            unread.clear();
            grid.getDataProvider().refreshAll();
        });
        button.setId("mark-all-read");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(button);
        bar.setPadding(false);
        return bar;
    }

    private Details newThreadForm(Space space) {
        var subject = new TextField(getTranslation("space.new.title"));
        subject.setId("new-thread-title");
        subject.setMaxLength(200);
        subject.setWidthFull();
        var body = new TextArea(getTranslation("space.new.body"));
        body.setId("new-thread-body");
        body.setHelperText(getTranslation("discussion.markdown-help"));
        body.setWidthFull();
        body.setMinHeight("8rem");
        DraftKey draftKey = DraftKey.newThread(space.id());
        Optional<Draft> draft = drafts.find(draftKey);
        draft.ifPresent(d -> {
            subject.setValue(d.title());
            body.setValue(d.body());
        });
        // kept on the server as the member types, so that a reload loses nothing
        for (var field : List.of(subject, body)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(Composer.DRAFT_PAUSE_MS);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveDraft(draftKey, subject.getValue(), body.getValue());
                }
            });
        }
        var start = new Button(getTranslation("space.new.submit"), e -> {
            subject.setInvalid(subject.isEmpty() || subject.getValue().isBlank());
            body.setInvalid(body.getValue().isBlank());
            subject.setErrorMessage(getTranslation("discussion.title.empty"));
            body.setErrorMessage(getTranslation("discussion.post.empty"));
            if (!subject.isInvalid() && !body.isInvalid()) {
                try {
                    rateLimits.takeForCurrentMember(RateLimit.POSTING);
                } catch (TooManyRequestsException limited) {
                    // said at the text, which stays as typed (a notification would vanish before it is read)
                    body.setErrorMessage(getTranslation(limited.getCodes()[0], limited.getArguments()));
                    body.setInvalid(true);
                    return;
                }
                Thread thread = threads.start(space.id(), subject.getValue(), body.getValue());
                drafts.discard(draftKey);
                getUI().ifPresent(ui -> ui.navigate(ThreadView.class, new RouteParameters("threadId",
                        thread.id().value())));
            }
        });
        start.setId("new-thread-submit");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new VerticalLayout(subject, body, start);
        form.setPadding(false);
        var details = new Details(getTranslation("space.new"), form);
        details.setId("new-thread");
        details.setWidthFull();
        details.setOpened(draft.isPresent());
        return details;
    }

    private void saveDraft(DraftKey key, String title, String body) {
        try {
            drafts.save(key, title, body);
        } catch (InvalidInputException e) {
            // too long to keep: starting the thread will say so
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
