package org.taiwa.search.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.taiwa.search.IndexStatus;
import org.taiwa.search.InvalidSearchException;
import org.taiwa.search.SearchAdmin;
import org.taiwa.security.Roles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

/**
 * For the secretariat: this node's index (items, position, a rebuild from MongoDB with its progress while
 * search keeps answering) and the synonym list, which applies to the next searches without reindexing.
 */
@Route("admin/search")
@Menu(title = "nav.search-admin", order = 85)
@RolesAllowed(Roles.SECRETARIAT)
@AccessDeniedErrorRouter(rerouteToError = AccessDeniedException.class)
class SearchAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));
    private static final int POLL_MILLIS = 1_000;

    private final SearchAdmin admin;
    private final Paragraph state = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Button rebuild;
    private final TextArea synonyms = new TextArea();
    private Registration polling;

    SearchAdminView(SearchAdmin admin) {
        this.admin = admin;
        state.setId("index-state");
        progress.setId("rebuild-progress");
        rebuild = new Button(getTranslation("search.admin.rebuild"), e -> {
            if (!admin.rebuild()) {
                Notification.show(getTranslation("search.admin.rebuild.running"));
            }
            refresh();
        });
        rebuild.setId("rebuild-index");
        synonyms.setId("synonyms");
        synonyms.setWidthFull();
        synonyms.setMinHeight("12rem");
        synonyms.setLabel(getTranslation("search.admin.synonyms"));
        synonyms.setHelperText(getTranslation("search.admin.synonyms.help"));
        synonyms.setValue(admin.synonyms());
        var save = new Button(getTranslation("search.admin.synonyms.save"), e -> save());
        save.setId("save-synonyms");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("search.admin.title")), new Paragraph(getTranslation("search.admin.explain")),
                state, progress, rebuild, new H2(getTranslation("search.admin.synonyms")), synonyms, save);
        refresh();
    }

    private void save() {
        try {
            admin.saveSynonyms(synonyms.getValue());
            Notification.show(getTranslation("search.admin.synonyms.saved"));
        } catch (InvalidSearchException e) {
            Notification.show(getTranslation(e.getCodes()[0], e.getArguments()));
        }
    }

    private void refresh() {
        IndexStatus status = admin.status();
        state.setText(getTranslation("search.admin.state", status.items(), status.position(), status.skipped(),
                status.rebuildFinished() == null ? "—" : TIME.format(status.rebuildFinished())));
        progress.setVisible(status.rebuilding());
        progress.setValue(status.rebuildProgress());
        rebuild.setEnabled(!status.rebuilding());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.admin.title");
    }
}
