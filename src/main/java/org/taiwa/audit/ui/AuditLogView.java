package org.taiwa.audit.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;
import org.taiwa.security.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadEvent;

import jakarta.annotation.security.RolesAllowed;

/**
 * The audit log for the secretariat: newest first, loaded lazily, filtered by actor, action and days
 * (Japan time), and exported as CSV with the same filter.
 */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 90)
@RolesAllowed(Roles.SECRETARIAT)
@AccessDeniedErrorRouter(rerouteToError = AccessDeniedException.class)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(TOKYO);
    static final String FILE_NAME = "audit-log.csv";

    private final AuditLog log;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    /** Read by the download, which runs outside the UI's lock. */
    private volatile AuditFilter filter = AuditFilter.ALL;

    AuditLogView(AuditLog log) {
        this.log = log;
        setSizeFull();
        count.setId("audit-count");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.explain")), filters(), count,
                configureGrid());
        refresh();
    }

    private Component filters() {
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setId("audit-actor");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.addValueChangeListener(e -> refresh());

        action.setLabel(getTranslation("audit.filter.action"));
        action.setId("audit-action");
        action.setItems(log.actions());
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e -> action.setValue(e.getDetail()));
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());

        for (DatePicker day : new DatePicker[] {from, to}) {
            DatePickers.localize(day, getLocale(), getTranslation("audit.date.today"),
                    getTranslation("audit.date.cancel"));
            day.setClearButtonVisible(true);
            day.addValueChangeListener(e -> refresh());
        }
        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-to");

        var bar = new HorizontalLayout(actor, action, from, to, export());
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Anchor export() {
        var link = new Anchor(this::download, AttachmentType.DOWNLOAD, getTranslation("audit.export"));
        link.setId("audit-export");
        return link;
    }

    /** UTF-8 with a byte-order mark, so that Excel reads the Japanese text as such. */
    private void download(DownloadEvent event) throws java.io.IOException {
        event.setFileName(FILE_NAME);
        event.setContentType("text/csv; charset=UTF-8");
        try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            log.writeCsv(filter, out);
        }
    }

    private Grid<AuditEntry> configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // frozen: on a phone the other columns scroll inside the grid and the time stays beside them
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("audit.column.at")).setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.column.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.column.detail")).setAutoWidth(true);
        grid.addColumn(AuditEntry::origin).setHeader(getTranslation("audit.column.origin")).setAutoWidth(true);
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        AuditFilter current = AuditFilter.days(actor.getValue(), action.getValue(), from.getValue(), to.getValue(),
                TOKYO);
        filter = current;
        count.setText(getTranslation("audit.count", log.count(current)));
        grid.setItems(query -> log.find(current, query.getOffset(), query.getLimit()).stream(),
                query -> log.count(current));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
