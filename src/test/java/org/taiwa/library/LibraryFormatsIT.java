package org.taiwa.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.library.internal.TestFiles;
import org.taiwa.search.Hit;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchResult;
import org.taiwa.search.SearchService;
import org.taiwa.security.policy.Visibility;

/** Word 97 and OpenDocument uploads: known by their content, read, and found by a Japanese search. */
@TaiwaIntegrationTest
class LibraryFormatsIT {

    private static final String DOC = "application/msword";
    private static final String ODT = "application/vnd.oasis.opendocument.text";

    @Autowired
    DocumentUploads uploads;
    @Autowired
    DocumentFeed feed;
    @Autowired
    SearchService search;

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Test
    void word_97_and_opendocument_files_are_typed_by_content_read_and_found_in_any_spelling() {
        member.signIn("staff.minato");
        String word = uniqueWord();
        // the content decides: a .doc named .pdf and an .odt named .docx are still what they are
        PolicyDocument doc = upload(LibraryIT.unique("議事録"), "minutes.pdf",
                TestFiles.doc("平成23年度 自治体委員会 議事録 カーボン・オフセットの共同購入 " + word));
        PolicyDocument odt = upload(LibraryIT.unique("ガイドブック"), "guide.docx",
                TestFiles.odt("自治体向け温室効果ガス排出量算定ガイドブック " + word));
        PolicyDocument namedRightly = upload(LibraryIT.unique("資料"), "資料.odt", TestFiles.odt("ＣＯ２削減の資料 " + word));
        assertThat(doc.latest().mediaType()).isEqualTo(DOC);
        assertThat(odt.latest().mediaType()).isEqualTo(ODT);
        assertThat(namedRightly.latest().mediaType()).isEqualTo(ODT);

        for (PolicyDocument document : new PolicyDocument[] {doc, odt, namedRightly}) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> feed.current(document.id()).orElseThrow().extraction().status().done());
            IndexableDocument read = feed.current(document.id()).orElseThrow();
            assertThat(read.extraction().status()).as(document.title()).isEqualTo(ExtractionStatus.EXTRACTED);
            assertThat(read.text()).contains(word);
        }
        assertThat(feed.current(doc.id()).orElseThrow().text()).contains("カーボン・オフセットの共同購入");
        assertThat(feed.current(odt.id()).orElseThrow().text()).contains("温室効果ガス排出量算定");

        // written differently from the files: no middle dot, a half-width CO2
        assertThat(awaitHits("カーボンオフセット 共同購入 " + word)).extracting(Hit::id)
                .containsExactly(doc.id().value());
        assertThat(awaitHits("温室効果ガス " + word)).extracting(Hit::id).containsExactly(odt.id().value());
        SearchResult co2 = search.search(SearchQuery.of("co2 " + word));
        assertThat(co2.hits()).extracting(Hit::id).containsExactly(namedRightly.id().value());
        assertThat(co2.hits().getFirst().snippet()).contains("<mark>ＣＯ２</mark>");
    }

    private java.util.List<Hit> awaitHits(String query) {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> !search.search(SearchQuery.of(query)).hits().isEmpty());
        return search.search(SearchQuery.of(query)).hits();
    }

    private PolicyDocument upload(String title, String fileName, byte[] content) {
        var metadata = LibraryIT.metadata(title, Visibility.ALL_MUNICIPALITIES, null);
        return uploads.upload(metadata, fileName, new ByteArrayInputStream(content));
    }

    /** A word no other test writes: one Latin token to Kuromoji. */
    private static String uniqueWord() {
        var random = new Random();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
