package org.taiwa.offset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;
import org.taiwa.offset.Category;
import org.taiwa.offset.EventInputs;
import org.taiwa.offset.Factor;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSetStatus;
import org.taiwa.offset.OffsetCalculator;
import org.taiwa.offset.Provenance;
import org.taiwa.offset.TravelLeg;
import org.taiwa.offset.TravelMode;
import org.taiwa.shell.internal.TaiwaI18NProvider;

/** The CSV and the one-page PDF of an estimate, in Japanese. */
class EstimateExportsTest {

    private static final Provenance SOURCE = new Provenance("環境省", "算定省令", "2024", "https://example.jp/f", "");
    private static final FactorSet SET = new FactorSet("test-set", "試験セット", 2024, FactorSetStatus.ACTIVE, List.of(
            new Factor(Category.ELECTRICITY, "grid_default", new BigDecimal("0.5"), "kWh", SOURCE, false),
            new Factor(Category.TRAVEL, "rail", new BigDecimal("0.02"), "passenger-km", SOURCE, false),
            new Factor(Category.CATERING, "meal", new BigDecimal("2"), "meal", SOURCE, true)));

    private final TaiwaI18NProvider i18n = new TaiwaI18NProvider();
    private final OffsetTexts texts = new OffsetTexts((key, params) -> i18n.getTranslation(key, Locale.JAPANESE, params),
            Locale.JAPANESE);

    /** 1,000 kWh × 0.5 = 500 kg; 100 persons × 30 km × 0.02 = 60 kg; 200 meals × 2 = 400 kg; 960 kg in all. */
    private Footprint footprint() {
        var inputs = new EventInputs(100, 2, new BigDecimal("1000"), null, null, null, null,
                List.of(new TravelLeg(TravelMode.RAIL, 100, new BigDecimal("30"))), 0, 200, 0, null);
        return new Footprint("環境フェスタ２０２４", Optional.of(LocalDate.of(2024, 10, 5)),
                Optional.of(LocalDate.of(2024, 10, 6)), inputs, OffsetCalculator.estimate(inputs, SET),
                Optional.empty());
    }

    @Test
    void the_csv_has_a_row_per_line_with_its_source_and_a_total_row() throws Exception {
        var out = new StringWriter();
        EstimateCsv.write(footprint(), texts, out);

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.getFirst().toList()).containsExactly("電力", "電力（全国デフォルト値）", "1000", "kWh", "0.5",
                "kg-CO2/kWh", "500.000", "環境省「算定省令」 2024 https://example.jp/f");
        assertThat(rows.get(1).get("活動量")).isEqualTo("3000");
        assertThat(rows.get(2).get("出典")).endsWith("(推計値)");
        assertThat(rows.get(3).get("区分")).isEqualTo("合計");
        assertThat(rows.get(3).get("排出量（kg-CO2）")).isEqualTo("960.000");
        assertThat(rows.get(3).get("出典")).contains("試験セット").contains("2024年度");
    }

    @Test
    void the_pdf_is_one_page_with_the_japanese_event_name_and_the_total() throws Exception {
        Optional<BaseFont> font = PdfFont.load(new CalculatorProperties(List.of(), "").font());
        assertThat(font).as("a Japanese font (fonts-noto-cjk)").isPresent();
        var out = new ByteArrayOutputStream();

        EstimatePdf.write(footprint(), texts, font.get(), out);

        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("環境フェスタ２０２４").contains("合計 960 kg-CO2（0.96 t-CO2）")
                    .contains("クレジット：1 t-CO2");
        }
        assertThat(out.size()).as("the font is embedded as a subset").isLessThan(1_000_000);
    }

    @Test
    void without_a_font_there_is_no_pdf_font() {
        assertThat(PdfFont.load(new CalculatorProperties(List.of(), "/nonexistent/font.ttf").font())).isEmpty();
    }

    @Test
    void the_frame_ancestors_name_the_portal_and_the_configured_origins_only() {
        assertThat(new CalculatorProperties(List.of(), "").frameAncestors()).isEqualTo("frame-ancestors 'self'");
        assertThat(new CalculatorProperties(List.of(" https://www.city.minato.tokyo.jp/ "), "").frameAncestors())
                .isEqualTo("frame-ancestors 'self' https://www.city.minato.tokyo.jp");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CalculatorProperties(
                List.of("https://a.jp; script-src *"), "")).isInstanceOf(IllegalArgumentException.class);
    }
}
