package org.taiwa.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditActions;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;

@TaiwaIntegrationTest
class AuditLogViewIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    AuditLog log;

    /** Entries of this test run only, so earlier runs and other tests do not change the counts. */
    private final String actor = "it-view-" + UUID.randomUUID().toString().substring(0, 8);
    private AuditEntry older;
    private AuditEntry newer;

    @BeforeEach
    void setUp() {
        older = log.record(actor, "space.create", "committee-2011", "研究会", "10.0.0.1");
        newer = log.record(actor, "space.archive", "committee-2011", "", "10.0.0.2");
    }

    @Test
    void the_secretariat_sees_the_entries_newest_first_in_tokyo_time() {
        openAsSecretariat();
        assertThat(_size(grid())).isGreaterThanOrEqualTo(2);

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor);

        assertThat(_size(grid())).isEqualTo(2);
        assertThat(_get(grid(), 0)).isEqualTo(newer);
        assertThat(_get(grid(), 1)).isEqualTo(older);
        String tokyo = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").format(older.at().atZone(TOKYO));
        assertThat(_getFormattedRow(grid(), 1)).containsExactly(tokyo, actor, "space.create", "committee-2011", "研究会",
                "10.0.0.1");
        assertThat(_get(Span.class, spec -> spec.withId("audit-count")).getText()).isEqualTo("2 件");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_action_and_day_filters_narrow_the_grid() {
        openAsSecretariat();
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor);
        ComboBox<String> action = _get(ComboBox.class, spec -> spec.withId("audit-action"));
        assertThat(action.getListDataView().getItems().toList()).contains("space.create", "space.archive");

        HasValueUtilsKt._setValue(action, "space.create");
        assertThat(_size(grid())).isEqualTo(1);
        HasValueUtilsKt._setValue(action, "space");
        assertThat(_size(grid())).isEqualTo(2);

        LocalDate today = LocalDate.now(TOKYO);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), today.plusDays(1));
        assertThat(_size(grid())).isZero();
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), today.minusDays(1));
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), today);
        assertThat(_size(grid())).isEqualTo(2);
    }

    @Test
    void the_export_downloads_the_filtered_entries_as_utf8_csv_with_a_byte_order_mark() throws Exception {
        openAsSecretariat();
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor);
        Anchor export = _get(Anchor.class, spec -> spec.withId("audit-export"));
        assertThat(export.getText()).isEqualTo("CSVで書き出す");
        assertThat(export.getHref()).isNotBlank();

        byte[] body = download(export);

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("space.archive", "space.create");
        assertThat(rows.get(1).get("detail")).isEqualTo("研究会");
    }

    @Test
    void the_secretariat_finds_the_audit_log_in_the_navigation_and_members_do_not() {
        openAsSecretariat();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("監査ログ");
        views.stop();

        views.start();
        views.signIn("staff.minato");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("ホーム")
                .doesNotContain("監査ログ");
    }

    @Test
    void a_member_cannot_open_the_audit_log_and_the_refusal_is_recorded() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        views.signIn("staff.minato");

        UI.getCurrent().navigate("admin/audit");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(AuditLogView.class::isInstance);
        asSecretariat();
        List<AuditEntry> refusals = log.find(new AuditFilter("staff.minato", AuditActions.ACCESS_DENIED, before, null),
                0, 10);
        assertThat(refusals).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("staff.minato");
            assertThat(e.target()).isEqualTo("/admin/audit");
            assertThat(e.detail()).isEqualTo("view");
        });
    }

    private void openAsSecretariat() {
        views.signIn("secretariat");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate(AuditLogView.class);
    }

    private static void asSecretariat() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("secretariat", null, "ROLE_secretariat"));
    }

    /** What the browser would receive for the link: the view's download handler, run against a fake response. */
    private static byte[] download(Anchor link) throws Exception {
        var resource = (ElementStreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(URI.create(link.getHref())).orElseThrow();
        var response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinService.getCurrent()),
                VaadinSession.getCurrent(), link.getElement());
        return response.getBuffer().toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }
}
