package org.taiwa.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.internal.TestFiles;
import org.taiwa.security.policy.Visibility;

@TaiwaIntegrationTest
class LibraryIT {

    @Autowired
    PolicyLibrary library;
    @Autowired
    DocumentUploads uploads;
    @Autowired
    DocumentEditor editor;
    @Autowired
    DocumentFeed feed;
    @Autowired
    AuditLog audit;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ApplicationEventMulticaster multicaster;

    @RegisterExtension
    final DemoMember member = new DemoMember();

    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<Object>> recorder =
            ApplicationListener.forPayload(events::add);

    @BeforeEach
    void listen() {
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(recorder);
    }

    @Test
    void an_upload_is_stored_with_its_hash_and_its_text_is_read_in_the_background() throws Exception {
        member.signIn("staff.minato");
        String marker = unique("ガイドブック");
        byte[] docx = TestFiles.docx("自治体向けカーボン・オフセットガイドブック " + marker);
        PolicyDocument document = upload(metadata(marker, Visibility.ALL_MUNICIPALITIES, null), "guide.docx", docx);

        assertThat(document.versions()).hasSize(1);
        DocumentVersion first = document.latest();
        assertThat(first.sha256()).isEqualTo(sha256(docx));
        assertThat(first.size()).isEqualTo(docx.length);
        assertThat(first.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(first.uploadedBy()).isEqualTo("staff.minato");
        assertThat(document.uploadedBy()).isEqualTo("staff.minato");

        Extraction extraction = awaitExtraction(document.id());
        assertThat(extraction.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(feed.current(document.id()).orElseThrow().text()).contains(marker);
        assertThat(library.preview(document.id()).text()).contains(marker);
        try (InputStream in = library.file(document.id(), 1).content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(docx);
        }
        assertThat(events).anySatisfy(e -> assertThat(e).isEqualTo(new DocumentChanged(document.id(),
                document.changeSeq(), DocumentChanged.Change.CREATED)));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ExtractionFinished.class,
                f -> assertThat(f.document()).isEqualTo(document.id())));
    }

    @Test
    void the_same_file_uploaded_twice_is_recognised_and_only_readers_learn_its_title() {
        member.signIn("staff.minato");
        String marker = unique("議事録");
        byte[] minutes = ("自治体委員会 議事録 " + marker).getBytes(StandardCharsets.UTF_8);
        PolicyDocument first = upload(metadata(marker, Visibility.MEMBERS_ONLY, "municipal-committee"), "a.txt",
                minutes);

        assertThatThrownBy(() -> upload(metadata("again", Visibility.PUBLIC, null), "copy.txt", minutes))
                .isInstanceOfSatisfying(DuplicateFileException.class, e -> {
                    assertThat(e.existing()).isEqualTo(first.id());
                    assertThat(e.existingTitle()).isEqualTo(marker);
                });
        member.signIn("staff.mitaka");
        StagedFile staged = uploads.receive("same.txt", new ByteArrayInputStream(minutes));
        assertThat(staged.duplicateOf()).hasValueSatisfying(e -> {
            assertThat(e.existing()).isEqualTo(first.id());
            assertThat(e.existingTitle()).isNull();
        });
        staged.discard();
        assertThat(library.count(new LibraryFilter("again", null, null, null, null, null, null))).isZero();
    }

    @Test
    void a_new_version_keeps_the_history_and_the_latest_is_what_counts() throws Exception {
        member.signIn("staff.shinjuku");
        String marker = unique("報告書");
        PolicyDocument document = upload(metadata(marker, Visibility.ALL_MUNICIPALITIES, null), "v1.md",
                ("# 第1版 " + marker).getBytes(StandardCharsets.UTF_8));
        byte[] second = TestFiles.pdf("Second version " + marker);
        PolicyDocument updated = uploads.addVersion(document.id(), "v2.pdf", new ByteArrayInputStream(second), null);

        assertThat(updated.versions()).extracting(DocumentVersion::number).containsExactly(1, 2);
        assertThat(updated.latest().mediaType()).isEqualTo("application/pdf");
        assertThat(updated.versions().getFirst().fileName()).isEqualTo("v1.md");
        assertThat(updated.changeSeq()).isGreaterThan(document.changeSeq());
        try (InputStream in = library.file(document.id(), 1).content().open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("# 第1版");
        }
        try (InputStream in = library.latestFile(document.id()).content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(second);
        }
        awaitExtraction(document.id());
        assertThat(feed.current(document.id()).orElseThrow().text()).contains("Second version");
        assertThatThrownBy(() -> uploads.addVersion(document.id(), "again.pdf", new ByteArrayInputStream(second), 2))
                .isInstanceOf(DuplicateFileException.class);
    }

    @Test
    void every_write_moves_the_change_position_and_the_feed_follows_it() {
        member.signIn("staff.hachioji");
        String marker = unique("提言");
        PolicyDocument created = upload(metadata(marker, Visibility.PUBLIC, null), "p.txt",
                ("提言 " + marker).getBytes(StandardCharsets.UTF_8));
        long afterCreate = created.changeSeq();
        awaitExtraction(created.id());
        long afterExtraction = feed.current(created.id()).orElseThrow().changeSeq();
        assertThat(afterExtraction).isGreaterThan(afterCreate);

        PolicyDocument edited = editor.update(created.id(), created.revision(),
                metadata(marker + " 改訂", Visibility.ALL_MUNICIPALITIES, null));
        assertThat(edited.changeSeq()).isGreaterThan(afterExtraction);
        assertThat(edited.revision()).isEqualTo(created.revision() + 1);
        assertThatThrownBy(() -> editor.update(created.id(), created.revision(), metadata(marker, Visibility.PUBLIC,
                null))).isInstanceOf(DocumentConflictException.class);

        editor.delete(created.id());
        IndexableDocument tombstone = feed.current(created.id()).orElseThrow();
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.changeSeq()).isGreaterThan(edited.changeSeq());
        assertThat(feed.changedAfter(afterCreate - 1, DocumentFeed.MAX_BATCH)).extracting(IndexableDocument::id)
                .contains(created.id());
        assertThat(feed.changedAfter(tombstone.changeSeq(), DocumentFeed.MAX_BATCH)).extracting(IndexableDocument::id)
                .doesNotContain(created.id());
        assertThat(events).contains(new DocumentChanged(created.id(), edited.changeSeq(), DocumentChanged.Change.METADATA),
                new DocumentChanged(created.id(), tombstone.changeSeq(), DocumentChanged.Change.DELETED));
        assertThatThrownBy(() -> library.get(created.id())).isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    void members_only_documents_are_hidden_from_those_outside_the_space() {
        member.signIn("staff.minato");
        String marker = unique("委員会資料");
        PolicyDocument document = upload(metadata(marker, Visibility.MEMBERS_ONLY, "municipal-committee"), "c.txt",
                ("委員会資料 " + marker).getBytes(StandardCharsets.UTF_8));
        var byTitle = new LibraryFilter(marker, null, null, null, null, null, null);

        for (String outsider : List.of("staff.mitaka", "academic.yamada")) {
            member.signIn(outsider);
            assertThat(library.count(byTitle)).as(outsider).isZero();
            assertThat(library.find(byTitle, LibrarySort.NEWEST, 0, 10)).isEmpty();
            assertThatThrownBy(() -> library.get(document.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> library.file(document.id(), 1)).isInstanceOf(AccessDeniedException.class);
        }
        for (String reader : List.of("staff.shinjuku", "secretariat", "staff.minato")) {
            member.signIn(reader);
            assertThat(library.find(byTitle, LibrarySort.NEWEST, 0, 10)).as(reader).extracting(PolicyDocument::id)
                    .containsExactly(document.id());
        }
    }

    @Test
    void only_the_uploader_and_the_secretariat_change_a_document_and_the_secretariat_is_audited() {
        member.signIn("staff.minato");
        String marker = unique("パンフレット");
        PolicyDocument document = upload(metadata(marker, Visibility.ALL_MUNICIPALITIES, null), "p.txt",
                ("パンフレット " + marker).getBytes(StandardCharsets.UTF_8));

        member.signIn("staff.shinjuku");
        assertThatThrownBy(() -> editor.update(document.id(), 0, metadata("x", Visibility.PUBLIC, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.delete(document.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uploads.addVersion(document.id(), "x.txt", new ByteArrayInputStream("x".getBytes()), null))
                .isInstanceOf(AccessDeniedException.class);

        member.signIn("secretariat");
        PolicyDocument published = editor.update(document.id(), document.revision(),
                metadata(marker, Visibility.PUBLIC, null));
        assertThat(published.metadata().visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(audit.find(new AuditFilter("secretariat", "document.update", null, null), 0, 50))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo(document.id().value()));
    }

    @Test
    void a_file_that_cannot_be_read_is_stored_marked_with_the_reason_and_the_uploader_is_told() throws Exception {
        member.signIn("staff.nerima");
        String marker = unique("暗号化");
        byte[] locked = TestFiles.encryptedPdf("secret " + marker);
        PolicyDocument document = upload(metadata(marker, Visibility.ALL_MUNICIPALITIES, null), "locked.pdf", locked);
        Extraction extraction = awaitExtraction(document.id());
        assertThat(extraction.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(extraction.reason()).isEqualTo(ExtractionReason.ENCRYPTED);
        try (InputStream in = library.latestFile(document.id()).content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(locked);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events).anySatisfy(e ->
                assertThat(e).isInstanceOfSatisfying(ExtractionFinished.class, f -> {
                    assertThat(f.document()).isEqualTo(document.id());
                    assertThat(f.uploadedBy()).isEqualTo("staff.nerima");
                    assertThat(f.needsAttention()).isTrue();
                })));

        PolicyDocument bomb = upload(metadata(unique("爆弾"), Visibility.ALL_MUNICIPALITIES, null), "bomb.docx",
                TestFiles.zipBombDocx(50));
        assertThat(awaitExtraction(bomb.id()).reason()).isEqualTo(ExtractionReason.DECOMPRESSION_BOMB);
    }

    @Test
    void the_type_comes_from_the_content_and_shift_jis_text_is_read() {
        member.signIn("staff.minato");
        PolicyDocument pdf = upload(metadata(unique("PDF"), Visibility.ALL_MUNICIPALITIES, null), "really-a-pdf.txt",
                TestFiles.pdf("Mislabelled joint purchase report"));
        assertThat(pdf.latest().mediaType()).isEqualTo("application/pdf");
        String marker = unique("シフトJIS");
        PolicyDocument sjis = upload(metadata(marker, Visibility.ALL_MUNICIPALITIES, null), "minutes",
                ("平成23年度 自治体委員会 議事録\r\n議題：J-VERの共同購入について " + marker).getBytes(Charset.forName("Shift_JIS")));
        assertThat(sjis.latest().mediaType()).isEqualTo("text/plain");
        awaitExtraction(sjis.id());
        assertThat(feed.current(sjis.id()).orElseThrow().text()).contains("共同購入について", marker);
    }

    @Test
    void too_large_empty_and_unsupported_files_are_refused_and_nothing_is_stored() {
        member.signIn("staff.minato");
        String marker = unique("大きすぎる");
        InputStream huge = new InputStream() {
            long left = 50L * 1024 * 1024 + 1;
            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> uploads.upload(metadata(marker, Visibility.PUBLIC, null), "huge.txt", huge))
                .isInstanceOf(FileTooLargeException.class);
        assertThatThrownBy(() -> upload(metadata(marker, Visibility.PUBLIC, null), "empty.txt", new byte[0]))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.getCodes()).containsExactly("library.error.empty-file"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertThatThrownBy(() -> upload(metadata(marker, Visibility.PUBLIC, null), "scan.pdf", png))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.getCodes()).containsExactly("library.error.unsupported-type"));
        assertThatThrownBy(() -> upload(metadata(marker, Visibility.MEMBERS_ONLY, "expert-committee"), "x.txt",
                "x".getBytes())).isInstanceOf(AccessDeniedException.class);
        assertThat(library.count(new LibraryFilter(marker, null, null, null, null, null, null))).isZero();
    }

    @Test
    void filters_combine_type_year_municipality_space_model_and_stage() {
        member.signIn("staff.minato");
        String marker = unique("取組モデル");
        var metadata = new DocumentMetadata(marker, "", DocumentType.REPORT, FiscalYear.of(2011),
                List.of(new MunicipalityId("minato")), "model-1", ImplementationModel.MODEL_1, PolicyStage.PLANNING,
                List.of("取組モデル1"), Visibility.MEMBERS_ONLY, "");
        PolicyDocument document = upload(metadata, "m.txt", ("取組モデル1 " + marker).getBytes(StandardCharsets.UTF_8));
        var match = new LibraryFilter(marker, DocumentType.REPORT, FiscalYear.parse("H23").orElseThrow(),
                new MunicipalityId("minato"), "model-1", ImplementationModel.MODEL_1, PolicyStage.PLANNING);
        assertThat(library.find(match, LibrarySort.NEWEST, 0, 10)).extracting(PolicyDocument::id)
                .containsExactly(document.id());
        assertThat(library.count(new LibraryFilter(marker, DocumentType.MINUTES, null, null, null, null, null))).isZero();
        assertThat(library.count(new LibraryFilter(marker, null, FiscalYear.of(2012), null, null, null, null))).isZero();
        assertThat(library.count(new LibraryFilter(marker, null, null, new MunicipalityId("shinjuku"), null, null,
                null))).isZero();
        assertThat(library.count(new LibraryFilter(marker, null, null, null, null, null, PolicyStage.IDEA))).isZero();
        assertThat(library.modelMap()).anySatisfy(cell -> {
            assertThat(cell.model()).isEqualTo(ImplementationModel.MODEL_1);
            assertThat(cell.stage()).isEqualTo(PolicyStage.PLANNING);
            assertThat(cell.documents()).extracting(PolicyDocument::id).contains(document.id());
        });
    }

    private PolicyDocument upload(DocumentMetadata metadata, String fileName, byte[] content) {
        return uploads.upload(metadata, fileName, new ByteArrayInputStream(content));
    }

    private Extraction awaitExtraction(DocumentId id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> feed.current(id).orElseThrow().extraction().status().done());
        return feed.current(id).orElseThrow().extraction();
    }

    static DocumentMetadata metadata(String title, Visibility visibility, String spaceId) {
        return new DocumentMetadata(title, "テスト用の文書", DocumentType.MATERIAL, FiscalYear.of(2011),
                List.of(new MunicipalityId("minato")), spaceId, null, null, List.of("テスト"), visibility, "研究事務局");
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
