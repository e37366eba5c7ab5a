package org.taiwa.library.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.KaribuViews;
import org.taiwa.RateLimited;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentFeed;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.DocumentType;
import org.taiwa.library.DocumentUploads;
import org.taiwa.library.ExtractionStatus;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.LibraryFilter;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.PolicyStage;
import org.taiwa.library.internal.TestFiles;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.policy.Visibility;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouterLink;

@TaiwaIntegrationTest
class LibraryViewsIT {

    @Autowired
    DocumentUploads uploads;
    @Autowired
    PolicyLibrary library;
    @Autowired
    DocumentFeed feed;
    @Autowired
    RateLimits rateLimits;

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Test
    @SuppressWarnings("unchecked")
    void the_library_grid_filters_by_title_type_year_and_municipality_and_hides_other_committees() {
        views.signIn("staff.minato");
        String marker = "ビュー " + java.util.UUID.randomUUID().toString().substring(0, 8);
        PolicyDocument report = upload(marker + " 報告書", DocumentType.REPORT, 2011, "minato", Visibility.ALL_MUNICIPALITIES,
                null);
        PolicyDocument minutes = upload(marker + " 議事録", DocumentType.MINUTES, 2012, "shinjuku",
                Visibility.MEMBERS_ONLY, "municipal-committee");

        UI.getCurrent().navigate("library");
        var grid = (Grid<PolicyDocument>) _get(Grid.class, spec -> spec.withId("library-documents"));
        _get(TextField.class, spec -> spec.withId("library-text")).setValue(marker);
        assertThat(ids(grid)).containsExactlyInAnyOrder(report.id().value(), minutes.id().value());
        var type = (ComboBox<DocumentType>) _get(ComboBox.class, spec -> spec.withId("library-type"));
        type.setValue(DocumentType.MINUTES);
        assertThat(ids(grid)).containsExactly(minutes.id().value());
        type.clear();
        var year = (ComboBox<FiscalYear>) _get(ComboBox.class, spec -> spec.withId("library-year"));
        year.setValue(FiscalYear.of(2011));
        assertThat(ids(grid)).containsExactly(report.id().value());
        // the title is a link drawn in the browser from two values per row
        var title = (LitRenderer<PolicyDocument>) grid.getColumnByKey("title").getRenderer();
        assertThat(title.getValueProviders().get("href").apply(report)).isEqualTo("library/" + report.id().value());
        assertThat(title.getValueProviders().get("title").apply(report)).isEqualTo(report.title());
        var text = (LitRenderer<PolicyDocument>) grid.getColumnByKey("text").getRenderer();
        assertThat(text.getValueProviders().get("status").apply(report)).isIn(Arrays.stream(
                ExtractionStatus.values()).map(status -> status.name().toLowerCase(Locale.ROOT)).toArray());
        year.clear();
        var municipality = (ComboBox<org.taiwa.directory.Municipality>) _get(ComboBox.class,
                spec -> spec.withId("library-municipality"));
        municipality.setValue(library.municipalities().stream().filter(m -> m.nameJa().equals("新宿区")).findFirst()
                .orElseThrow());
        assertThat(ids(grid)).containsExactly(minutes.id().value());

        views.stop();
        views.start();
        views.signIn("staff.mitaka");
        UI.getCurrent().navigate("library");
        _get(TextField.class, spec -> spec.withId("library-text")).setValue(marker);
        assertThat(ids((Grid<PolicyDocument>) _get(Grid.class, spec -> spec.withId("library-documents"))))
                .containsExactly(report.id().value());
    }

    @Test
    void the_document_page_shows_details_with_the_era_year_text_and_versions() {
        views.signIn("staff.minato");
        PolicyDocument document = upload("文書ページ " + java.util.UUID.randomUUID(), DocumentType.GUIDEBOOK, 2019, "minato",
                Visibility.ALL_MUNICIPALITIES, null);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> feed.current(document.id()).orElseThrow().extraction().status().done());

        UI.getCurrent().navigate("library/" + document.id().value());
        assertThat(_get(H1.class, spec -> spec.withId("document-title")).getText()).isEqualTo(document.title());
        assertThat(text("document-year")).isEqualTo("令和元年度 (2019)");
        assertThat(text("document-type")).isEqualTo("ガイドブック");
        assertThat(text("document-municipalities")).isEqualTo("港区");
        assertThat(text("document-extraction")).isEqualTo("抽出済み");
        Pre preview = _get(Pre.class, spec -> spec.withId("document-text"));
        assertThat(preview.getText()).contains("本文 " + document.title(), "<script>alert('x')</script>");
        assertThat(preview.getElement().getOuterHTML()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(_find(Button.class, spec -> spec.withId("document-edit"))).hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("document-versions"))).hasSize(1);

        views.stop();
        views.start();
        views.signIn("staff.shinjuku");
        UI.getCurrent().navigate("library/" + document.id().value());
        assertThat(_find(Button.class, spec -> spec.withId("document-edit"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_uploader_adds_a_version_and_edits_the_details_on_the_document_page() {
        views.signIn("staff.shinjuku");
        PolicyDocument document = upload("版の追加 " + java.util.UUID.randomUUID(), DocumentType.REPORT, 2011,
                "shinjuku", Visibility.ALL_MUNICIPALITIES, null);
        UI.getCurrent().navigate("library/" + document.id().value());

        _upload(_get(Upload.class, spec -> spec.withId("document-new-version")), "第2版.pdf", "application/pdf",
                TestFiles.pdf("Second version " + document.id().value()));
        var versions = (Grid<org.taiwa.library.DocumentVersion>) _get(Grid.class,
                spec -> spec.withId("document-versions"));
        assertThat(_findAll(versions)).extracting(org.taiwa.library.DocumentVersion::fileName)
                .containsExactly("第2版.pdf", "page.txt");

        _click(_get(Button.class, spec -> spec.withId("document-edit")));
        _get(TextField.class, spec -> spec.withId("form-title")).setValue("改訂した題名");
        ((RadioButtonGroup<Visibility>) _get(RadioButtonGroup.class, spec -> spec.withId("form-visibility")))
                .setValue(Visibility.PUBLIC);
        _click(_get(Button.class, spec -> spec.withId("document-save")));
        assertThat(_get(H1.class, spec -> spec.withId("document-title")).getText()).isEqualTo("改訂した題名");
        assertThat(text("document-visibility")).isEqualTo("公開");
        assertThat(library.get(document.id()).versions()).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_version_uploaded_on_a_page_that_missed_a_newer_one_is_refused_with_a_message() {
        views.signIn("staff.shinjuku");
        PolicyDocument document = upload("版の競合 " + java.util.UUID.randomUUID(), DocumentType.REPORT, 2011,
                "shinjuku", Visibility.ALL_MUNICIPALITIES, null);
        UI.getCurrent().navigate("library/" + document.id().value());
        // meanwhile, in another tab, version 2 arrives
        uploads.addVersion(document.id(), "別タブ.odt",
                new ByteArrayInputStream(TestFiles.odt("別タブの第2版 " + document.id().value())), 1);

        _upload(_get(Upload.class, spec -> spec.withId("document-new-version")), "この画面.pdf", "application/pdf",
                TestFiles.pdf("Stale page " + document.id().value()));
        assertThat(getNotifications()).extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains("ほかの人が同時にこの文書を変更しました。読み込み直してからもう一度お試しください。");
        assertThat(library.get(document.id()).versions()).extracting(org.taiwa.library.DocumentVersion::fileName)
                .containsExactly("page.txt", "別タブ.odt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void several_files_are_uploaded_with_shared_details_and_a_duplicate_is_pointed_out() {
        views.signIn("staff.hachioji");
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        UI.getCurrent().navigate("library/upload");
        Upload upload = _get(Upload.class, spec -> spec.withId("upload-files"));
        _upload(upload, "報告書-" + marker + ".md", "text/markdown",
                ("# 取組モデル2 報告 " + marker).getBytes(StandardCharsets.UTF_8));
        _upload(upload, "議事録-" + marker + ".pdf", "application/pdf", TestFiles.pdf("Minutes " + marker));
        List<TextField> titles = _find(TextField.class, spec -> spec.withClasses("taiwa-staged-title"));
        assertThat(titles).extracting(TextField::getValue).containsExactly("報告書-" + marker, "議事録-" + marker);

        ((Select<DocumentType>) _get(Select.class, spec -> spec.withId("form-type"))).setValue(DocumentType.REPORT);
        _fireCustomValueSet((ComboBox<FiscalYear>) _get(ComboBox.class, spec -> spec.withId("form-year")), "H23");
        ((RadioButtonGroup<Visibility>) _get(RadioButtonGroup.class, spec -> spec.withId("form-visibility")))
                .setValue(Visibility.ALL_MUNICIPALITIES);
        ((ComboBox<ImplementationModel>) _get(ComboBox.class, spec -> spec.withId("form-model")))
                .setValue(ImplementationModel.MODEL_2);
        ((ComboBox<PolicyStage>) _get(ComboBox.class, spec -> spec.withId("form-stage"))).setValue(PolicyStage.PROGRAMME);
        _get(TextField.class, spec -> spec.withId("form-tags")).setValue("森林, 連携");
        _click(_get(Button.class, spec -> spec.withId("upload-save")));

        assertThat(_find(RouterLink.class, spec -> spec.withText("報告書-" + marker))).hasSize(1);
        List<PolicyDocument> stored = library.find(new LibraryFilter(marker, null, null, null, null, null, null),
                org.taiwa.library.LibrarySort.NEWEST, 0, 10);
        assertThat(stored).hasSize(2).allSatisfy(d -> {
            assertThat(d.metadata().fiscalYear()).isEqualTo(FiscalYear.of(2011));
            assertThat(d.metadata().type()).isEqualTo(DocumentType.REPORT);
            assertThat(d.metadata().model()).isEqualTo(ImplementationModel.MODEL_2);
            assertThat(d.metadata().tags()).containsExactly("森林", "連携");
            assertThat(d.uploadedBy()).isEqualTo("staff.hachioji");
        });
        assertThat(_find(TextField.class, spec -> spec.withClasses("taiwa-staged-title"))).isEmpty();

        _upload(upload, "again.md", "text/markdown", ("# 取組モデル2 報告 " + marker).getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Span.class, spec -> spec.withClasses("taiwa-staged-duplicate")).getText())
                .contains("報告書-" + marker);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_upload_past_the_limit_says_how_long_to_wait_and_stores_nothing() {
        SignedInMember member = RateLimited.member("limit.upload", "港区");
        views.signInAs(member);
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        UI.getCurrent().navigate("library/upload");
        var type = (Select<DocumentType>) _get(Select.class, spec -> spec.withId("form-type"));
        type.setValue(DocumentType.REPORT);

        RateLimited.drain(rateLimits, RateLimit.UPLOAD, member.username());
        _upload(_get(Upload.class, spec -> spec.withId("upload-files")), "多すぎ-" + marker + ".md", "text/markdown",
                ("# 報告 " + marker).getBytes(StandardCharsets.UTF_8));

        assertThat(getNotifications()).extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .anySatisfy(text -> assertThat(text).startsWith("「多すぎ-" + marker + ".md」は登録できません：短い時間に操作が多すぎます。")
                        .containsPattern("\\d+ 秒ほど待って"));
        assertThat(_find(TextField.class, spec -> spec.withClasses("taiwa-staged-title"))).as("nothing staged").isEmpty();
        assertThat(type.getValue()).as("the details stay").isEqualTo(DocumentType.REPORT);
        _click(_get(Button.class, spec -> spec.withId("upload-save")));
        assertThat(getNotifications()).extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains("ファイルを追加してください。");
        assertThat(library.find(new LibraryFilter(marker, null, null, null, null, null, null),
                org.taiwa.library.LibrarySort.NEWEST, 0, 10)).as("nothing stored").isEmpty();
    }

    @Test
    void an_unreadable_upload_is_reported_to_the_uploader() {
        views.signIn("staff.minato");
        UI.getCurrent().navigate("library/upload");
        _upload(_get(Upload.class, spec -> spec.withId("upload-files")), "locked.pdf", "application/pdf",
                TestFiles.encryptedPdf("secret " + java.util.UUID.randomUUID()));
        @SuppressWarnings("unchecked")
        var type = (Select<DocumentType>) _get(Select.class, spec -> spec.withId("form-type"));
        type.setValue(DocumentType.OTHER);
        @SuppressWarnings("unchecked")
        var year = (ComboBox<FiscalYear>) _get(ComboBox.class, spec -> spec.withId("form-year"));
        year.setValue(FiscalYear.of(2012));
        _click(_get(Button.class, spec -> spec.withId("upload-save")));
        UploadView view = _get(UploadView.class);
        // in the test's thread, where the member is signed in and the UI is current
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().untilAsserted(() -> {
            view.checkExtraction();
            assertThat(getNotifications()).extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                    .anySatisfy(text -> assertThat(text).contains("locked", "パスワード"));
        });
    }

    @Test
    void the_model_map_lists_documents_per_model_and_stage() {
        views.signIn("secretariat");
        UI.getCurrent().navigate("library/models");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("model-1-implementation"))
                .getElement().getOuterHTML()).contains("取組モデル1 イベント・会議のカーボン・オフセット");
    }

    private PolicyDocument upload(String title, DocumentType type, int year, String municipality, Visibility visibility,
                                  String spaceId) {
        var metadata = new DocumentMetadata(title, "", type, FiscalYear.of(year), List.of(new MunicipalityId(municipality)),
                spaceId, null, null, List.of(), visibility, "");
        // markup in a plain text file must reach the page as text, not as markup
        String content = "本文 " + title + "\n" + "カーボン・オフセット".repeat(10) + "\n<script>alert('x')</script>";
        return uploads.upload(metadata, "page.txt", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> ids(Grid<PolicyDocument> grid) {
        return _findAll(grid).stream().map(d -> d.id().value()).toList();
    }
}
