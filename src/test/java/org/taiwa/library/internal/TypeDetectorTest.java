package org.taiwa.library.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeDetectorTest {

    private static final TypeDetector detector = new TypeDetector(TikaConfig.getDefaultConfig());

    @TempDir
    Path dir;

    @Test
    void the_content_decides_not_the_name() throws IOException {
        assertThat(type("report.txt", TestFiles.pdf("Carbon offset"))).isEqualTo("application/pdf");
        assertThat(type("report.pdf", TestFiles.docx("カーボン・オフセット")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(type("no-extension", TestFiles.xlsx("排出量")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(type("slides.bin", TestFiles.pptx("取組モデル")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    }

    @Test
    void word_97_and_opendocument_text_are_known_by_their_content_whatever_their_name() throws IOException {
        byte[] doc = TestFiles.doc("平成23年度 自治体委員会 議事録");
        byte[] odt = TestFiles.odt("カーボン・オフセットの手引き");
        for (String name : new String[] {"minutes.doc", "minutes.pdf", "minutes.txt", "minutes"}) {
            assertThat(type(name, doc)).as(name).isEqualTo("application/msword");
        }
        for (String name : new String[] {"guide.odt", "guide.docx", "guide.zip", "guide"}) {
            assertThat(type(name, odt)).as(name).isEqualTo("application/vnd.oasis.opendocument.text");
        }
        assertThat(detector.accepted(MediaType.parse(type("x", doc)))).isTrue();
        assertThat(detector.accepted(MediaType.parse(type("x", odt)))).isTrue();
    }

    @Test
    void the_name_only_refines_plain_text() throws IOException {
        assertThat(type("guide.md", "# ガイドブック\n\n- 提言1\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/markdown");
        assertThat(type("notes", "議事録\n自治体委員会\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
        assertThat(type("page.txt", "<!DOCTYPE html><html><head><title>提言</title></head><body><p>本文</p></body></html>"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("text/html");
    }

    @Test
    void accepts_the_library_formats_and_shift_jis_text() throws IOException {
        byte[] shiftJis = TestFiles.text("平成23年度 自治体委員会 議事録\n出席者: 港区、新宿区、八王子市\n",
                Charset.forName("Shift_JIS"));
        for (byte[] file : new byte[][] {TestFiles.pdf("x"), TestFiles.docx("x"), TestFiles.xlsx("x"),
            TestFiles.pptx("x"), shiftJis, TestFiles.encryptedDocx("x"), "<html><body>x</body></html>".getBytes()}) {
            MediaType type = detector.detect(TestFiles.write(dir, "file", file), "file");
            assertThat(detector.accepted(type)).as(type.toString()).isTrue();
        }
    }

    @Test
    void refuses_other_formats() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        MediaType image = detector.detect(TestFiles.write(dir, "scan.pdf", png), "scan.pdf");
        assertThat(image.toString()).isEqualTo("image/png");
        assertThat(detector.accepted(image)).isFalse();
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        assertThat(detector.accepted(detector.detect(TestFiles.write(dir, "x.txt", binary), "x.txt"))).isFalse();
    }

    @Test
    void text_without_a_name_is_text_in_any_encoding_and_binary_named_txt_is_not() throws IOException {
        byte[] shiftJis = TestFiles.text("平成23年度 第3回 自治体委員会 議事録\n議題: J-VERの共同購入について\n",
                Charset.forName("Shift_JIS"));
        assertThat(type("upload", shiftJis)).isEqualTo("text/plain");
        byte[] binary = {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 7, 8, 9};
        assertThat(type("notes.txt", binary)).isEqualTo("application/octet-stream");
    }

    @Test
    void password_protected_office_files_are_recognised_as_such() throws IOException {
        assertThat(type("secret.docx", TestFiles.encryptedDocx("x"))).isEqualTo("application/x-tika-ooxml-protected");
    }

    private String type(String name, byte[] content) throws IOException {
        return detector.detect(TestFiles.write(dir, "upload", content), name).toString();
    }
}
