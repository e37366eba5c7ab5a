package org.taiwa.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.library.DocumentFeed;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentType;
import org.taiwa.library.ExtractionStatus;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.IndexableDocument;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.PolicyStage;

@TaiwaIntegrationTest
class DemoLibraryIT {

    private static final List<String> IDS = List.of("demo-press-release-2012", "demo-guidebook", "demo-proposals",
            "demo-pamphlet", "demo-report-2011", "demo-model-1", "demo-model-2", "demo-model-3", "demo-model-4",
            "demo-minutes-municipal-2011-12", "demo-minutes-expert-2010", "demo-jver-2011", "demo-study-plan-2009");

    @Autowired
    DemoLibrary demo;
    @Autowired
    DocumentFeed feed;
    @Autowired
    PolicyLibrary library;

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Test
    void the_press_release_and_the_sample_documents_are_there_with_their_text() {
        awaitExtraction();
        IndexableDocument pressRelease = feed.current(new DocumentId("demo-press-release-2012")).orElseThrow();
        assertThat(pressRelease.metadata().fiscalYear().labelJa()).isEqualTo("平成24年度 (2012)");
        assertThat(pressRelease.metadata().type()).isEqualTo(DocumentType.MATERIAL);
        assertThat(pressRelease.uploadedBy()).isEqualTo("secretariat");
        assertThat(pressRelease.text()).contains("カーボン・オフセットの研究", "提言 1");
        IndexableDocument minutes = feed.current(new DocumentId("demo-minutes-municipal-2011-12")).orElseThrow();
        assertThat(minutes.extraction().status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(minutes.text()).as("Shift_JIS read by content").contains("自治体委員会 議事録", "共同購入");
        assertThat(IDS.stream().map(id -> feed.current(new DocumentId(id)).orElseThrow().metadata().fiscalYear().year())
                .collect(Collectors.toSet())).contains(2009, 2010, 2011, 2012);
    }

    @Test
    void starting_again_changes_nothing() {
        awaitExtraction();
        Map<String, Long> before = positions();
        demo.run(null);
        assertThat(positions()).isEqualTo(before);
    }

    @Test
    void the_model_map_shows_model_documents_to_the_model_groups_only() {
        member.signIn("secretariat");
        assertThat(cell(ImplementationModel.MODEL_1, PolicyStage.IMPLEMENTATION)).contains("demo-model-1");
        assertThat(cell(ImplementationModel.MODEL_4, PolicyStage.IDEA)).contains("demo-model-4");
        member.signIn("staff.nerima");
        assertThat(cell(ImplementationModel.MODEL_3, PolicyStage.PLANNING)).contains("demo-model-3");
        member.signIn("staff.mitaka");
        assertThat(cell(ImplementationModel.MODEL_1, PolicyStage.IMPLEMENTATION)).doesNotContain("demo-model-1");
        assertThat(library.get(new DocumentId("demo-jver-2011")).title()).contains("J-VER");
        assertThatThrownBy(() -> library.get(new DocumentId("demo-minutes-expert-2010")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void awaitExtraction() {
        IDS.forEach(id -> await().atMost(Duration.ofSeconds(90))
                .until(() -> feed.current(new DocumentId(id)).orElseThrow().extraction().status().done()));
    }

    private List<String> cell(ImplementationModel model, PolicyStage stage) {
        return library.modelMap().stream().filter(c -> c.model() == model && c.stage() == stage).findFirst()
                .orElseThrow().documents().stream().map(PolicyDocument::id).map(DocumentId::value).toList();
    }

    private Map<String, Long> positions() {
        return IDS.stream().collect(Collectors.toMap(id -> id,
                id -> feed.current(new DocumentId(id)).orElseThrow().changeSeq()));
    }
}
