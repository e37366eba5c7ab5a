package org.taiwa.purchase.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.taiwa.offset.ui.PdfFont;

/** An offset certificate written with the Japanese font and read back with PDFBox. */
class CertificatePdfTest {

    private static final Map<String, String> JA = Map.of(
            "purchase.certificate.title", "カーボン・オフセット証明書",
            "purchase.certificate.number", "証明書番号",
            "purchase.certificate.municipality", "区市町村",
            "purchase.certificate.event", "催し",
            "purchase.tonnes", "{0} t-CO2");

    @Test
    void a_certificate_reads_back_with_its_japanese_text() throws Exception {
        var font = PdfFont.load(new PurchaseUiProperties("", 10).font());
        assumeTrue(font.isPresent(), "a Japanese font (fonts-noto-cjk) is installed");
        var texts = new PurchaseTexts((key, params) -> java.text.MessageFormat.format(JA.getOrDefault(key, key),
                params), Locale.JAPANESE);
        var certificate = new Certificate("kamaishi-2011-13103-1", "釜石J-VER共同購入 2011", "J-VER 岩手県釜石市",
                "釜石地方森林組合", "港区環境フェア", "港区", 12, LocalDate.of(2012, 3, 30));
        var out = new ByteArrayOutputStream();
        CertificatePdf.write(certificate, texts, font.get(), out);

        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("カーボン・オフセット証明書", "kamaishi-2011-13103-1", "釜石J-VER共同購入 2011",
                    "釜石地方森林組合", "港区環境フェア", "港区", "12 t-CO2", "2012-03-30", "証明書番号");
        }
    }
}
