package org.taiwa.library.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.tika.config.TikaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taiwa.library.ExtractionReason;
import org.taiwa.library.ExtractionStatus;

class TextExtractorTest {

    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private static final TextExtractor.Limits LIMITS = new TextExtractor.Limits(100_000, Duration.ofSeconds(30), 100, 10);
    private static final TextExtractor extractor = new TextExtractor(TIKA, LIMITS);

    @TempDir
    Path dir;

    @Test
    void reads_pdf_word_excel_and_powerpoint() throws IOException {
        assertExtracted("a.pdf", TestFiles.pdf("Carbon offset guidebook for municipalities"), "Carbon offset guidebook");
        assertExtracted("a.docx", TestFiles.docx("自治体向けカーボン・オフセットガイドブック"), "カーボン・オフセットガイドブック");
        assertExtracted("a.xlsx", TestFiles.xlsx("イベント排出量 1.2 t-CO2"), "イベント排出量");
        assertExtracted("a.pptx", TestFiles.pptx("取組モデル1 発案から実施まで"), "取組モデル1");
    }

    @Test
    void reads_word_97_and_opendocument_text_also_under_a_wrong_name() throws IOException {
        assertExtracted("minutes.doc", TestFiles.doc("平成23年度 第3回 自治体委員会 議事録 J-VERの共同購入"), "J-VERの共同購入");
        assertExtracted("minutes.pdf", TestFiles.doc("温室効果ガス排出量の算定方法"), "温室効果ガス排出量");
        assertExtracted("guide.odt", TestFiles.odt("自治体向けカーボン・オフセットガイドブック"), "カーボン・オフセット");
        assertExtracted("guide.txt", TestFiles.odt("取組モデル2 企画立案 <提言> & 実施"), "<提言> & 実施");
    }

    @Test
    void reads_html_markdown_and_text_in_utf8_and_shift_jis() throws IOException {
        assertExtracted("p.html", ("<html><head><script>alert(1)</script></head><body><h1>提言2</h1>"
                + "<p>自治体間の連携・共同による相乗効果</p></body></html>").getBytes(StandardCharsets.UTF_8), "相乗効果");
        assertExtracted("g.md", "# ガイドブック\n\n**J-VER** の共同購入\n".getBytes(StandardCharsets.UTF_8), "共同購入");
        String minutes = "平成23年度 第3回 自治体委員会 議事録\n議題: カーボン・オフセットクレジット（J-VER）の共同購入について。"
                + "出席: 港区、新宿区、練馬区、八王子市、武蔵野市、昭島市。\n";
        assertExtracted("m.txt", minutes.getBytes(StandardCharsets.UTF_8), "共同購入について");
        ExtractionResult shiftJis = read("m-sjis.txt", TestFiles.text(minutes, Charset.forName("Shift_JIS")));
        assertThat(shiftJis.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(shiftJis.text()).contains("自治体委員会 議事録", "八王子市");
        assertThat(read("script.html", "<html><body><script>var secret = 1;</script><p>本文</p></body></html>"
                .getBytes(StandardCharsets.UTF_8)).text()).contains("本文").doesNotContain("secret");
    }

    @Test
    void a_pdf_named_txt_is_read_as_a_pdf() throws IOException {
        assertExtracted("mislabelled.txt", TestFiles.pdf("Joint purchase of J-VER credits"), "Joint purchase");
    }

    @Test
    void an_encrypted_pdf_or_word_file_is_marked_encrypted() throws IOException {
        assertFailed(read("locked.pdf", TestFiles.encryptedPdf("secret text")), ExtractionReason.ENCRYPTED);
        assertFailed(read("locked.docx", TestFiles.encryptedDocx("秘密")), ExtractionReason.ENCRYPTED);
    }

    @Test
    void a_corrupt_file_is_marked_corrupt() throws IOException {
        assertFailed(read("broken.pdf", TestFiles.corruptPdf()), ExtractionReason.CORRUPT);
        assertFailed(read("broken.docx", TestFiles.brokenDocx()), ExtractionReason.CORRUPT);
    }

    @Test
    void a_scan_without_text_is_marked_as_having_none() throws IOException {
        assertFailed(read("scan.pdf", TestFiles.pdf(null)), ExtractionReason.NO_TEXT);
    }

    @Test
    void a_zip_bomb_is_stopped_before_it_unpacks() throws IOException {
        byte[] bomb = TestFiles.zipBombDocx(50);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        var generous = new TextExtractor(TIKA, new TextExtractor.Limits(4_000_000, Duration.ofSeconds(30), 100, 10));
        long before = usedMemory();
        ExtractionResult result = generous.extract(TestFiles.write(dir, "bomb.docx", bomb), "bomb.docx");
        assertFailed(result, ExtractionReason.DECOMPRESSION_BOMB);
        assertThat(usedMemory() - before).isLessThan(200L * 1024 * 1024);
    }

    @Test
    void a_long_text_is_cut_at_the_character_limit_and_kept() throws IOException {
        var small = new TextExtractor(TIKA, new TextExtractor.Limits(1_000, Duration.ofSeconds(30), 100, 10));
        String text = "カーボン・オフセットの研究。".repeat(500);
        ExtractionResult result = small.extract(TestFiles.write(dir, "long.txt", text.getBytes(StandardCharsets.UTF_8)),
                "long.txt");
        assertThat(result.status()).isEqualTo(ExtractionStatus.PARTIAL);
        assertThat(result.reason()).isEqualTo(ExtractionReason.CHARACTER_LIMIT);
        assertThat(result.text()).hasSizeLessThanOrEqualTo(1_000).startsWith("カーボン・オフセットの研究。");
    }

    @Test
    void reading_stops_at_the_time_limit_and_keeps_what_it_read() throws IOException {
        // every look at the clock moves it on a millisecond: the deadline passes after some 50 looks
        var ticking = new Clock() {
            private final AtomicLong millis = new AtomicLong();
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return Instant.ofEpochMilli(millis.incrementAndGet()); }
        };
        var slow = new TextExtractor(TIKA, new TextExtractor.Limits(100_000, Duration.ofMillis(50), 100, 10), ticking);
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 500; i++) {
            html.append("<p>第").append(i).append("段落</p>");
        }
        ExtractionResult result = slow.extract(TestFiles.write(dir, "slow.html",
                html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8)), "slow.html");
        assertThat(result.reason()).isEqualTo(ExtractionReason.TIME_LIMIT);
        assertThat(result.status()).isEqualTo(ExtractionStatus.PARTIAL);
        assertThat(result.text()).contains("第0段落").doesNotContain("第499段落");
    }

    private ExtractionResult read(String name, byte[] content) throws IOException {
        return extractor.extract(TestFiles.write(dir, name, content), name);
    }

    private void assertExtracted(String name, byte[] content, String expected) throws IOException {
        ExtractionResult result = read(name, content);
        assertThat(result.status()).as(name + ": " + result.detail()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(result.reason()).isEqualTo(ExtractionReason.NONE);
        assertThat(result.text()).contains(expected);
    }

    private static void assertFailed(ExtractionResult result, ExtractionReason reason) {
        assertThat(result.reason()).as(result.detail()).isEqualTo(reason);
        assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(result.text()).isEmpty();
    }

    private static long usedMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
