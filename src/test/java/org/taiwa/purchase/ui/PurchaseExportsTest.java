package org.taiwa.purchase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.CreditProject;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUpRequest;

/** The secretariat's exports: CSV with a byte-order mark, XLSX read back with POI, invoices that add up. */
class PurchaseExportsTest {

    private static final PurchaseTexts TEXTS = new PurchaseTexts((key, params) -> key + (params.length == 0 ? ""
            : List.of(params).toString()), Locale.JAPANESE);
    private static final Campaign CAMPAIGN = new Campaign("c-2011", "釜石J-VER共同購入", "kamaishi", 100, 0, 8_000,
            Instant.parse("2011-10-01T00:00:00Z"), Instant.parse("2011-11-01T00:00:00Z"), 1, 60,
            AllocationRule.PRO_RATA, null, CampaignStatus.ALLOCATED);

    private static SignUp signUp(String municipality, long tonnes, long sequence, long allocated) {
        var request = new SignUpRequest(tonnes, new SignUpRequest.Contact("環境 太郎", "taro@example.jp", ""),
                List.of(new SignUpRequest.EventToOffset("環境フェア", LocalDate.of(2011, 10, 8), 1, null)));
        return new SignUp(municipality + "-s", CAMPAIGN.id(), new MunicipalityId(municipality), request,
                SignUp.Placement.REQUESTED, sequence, false, new SignUp.Approval("approver", Instant.EPOCH), allocated,
                List.of(), "staff", Instant.EPOCH, Instant.EPOCH);
    }

    private static final List<SignUp> SIGN_UPS = List.of(signUp("minato", 60, 1, 50), signUp("shinjuku", 60, 2, 50));

    private static String japanese(SignUp s) {
        return s.municipality().value().equals("minato") ? "港区" : "新宿区";
    }

    @Test
    void csv_starts_with_a_byte_order_mark_and_keeps_japanese_text() throws Exception {
        var out = new ByteArrayOutputStream();
        ExportWriters.csv(PurchaseExports.signUps(SIGN_UPS, PurchaseExportsTest::japanese, TEXTS), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("港区,60,環境 太郎,taro@example.jp").contains("新宿区,60");
        assertThat(text.lines()).hasSize(3);
    }

    @Test
    void allocation_rows_add_up_to_the_stored_allocations_with_the_allocators_reasons() {
        var rows = AllocationRows.of(CAMPAIGN, SIGN_UPS, PurchaseExportsTest::japanese);
        assertThat(rows.requested()).isEqualTo(120);
        assertThat(rows.allocated()).isEqualTo(100).isLessThanOrEqualTo(rows.offered());
        assertThat(rows.rows()).extracting(AllocationRows.Row::reason).containsOnly(
                org.taiwa.purchase.Allocation.Reason.PRO_RATA_SHARE);
    }

    @Test
    void xlsx_has_a_sheet_per_table_with_numbers_as_numbers() throws Exception {
        var allocation = AllocationRows.of(CAMPAIGN, SIGN_UPS, PurchaseExportsTest::japanese);
        var project = new CreditProject("kamaishi", "釜石地方森林組合", "J-VER", "森林吸収", "岩手県釜石市", 2010, 1000,
                900, 8_000, false, "", List.of());
        var out = new ByteArrayOutputStream();
        ExportWriters.xlsx(List.of(PurchaseExports.signUps(SIGN_UPS, PurchaseExportsTest::japanese, TEXTS),
                PurchaseExports.allocation(allocation, TEXTS),
                PurchaseExports.invoices(CAMPAIGN, project, allocation, 10, TEXTS)), out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            var invoices = workbook.getSheetAt(2);
            assertThat(invoices.getRow(1).getCell(0).getStringCellValue()).isEqualTo("港区");
            // 50 t × 8,000 yen = 400,000; tax 10 % = 40,000; total 440,000
            assertThat(invoices.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(400_000);
            assertThat(invoices.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(40_000);
            assertThat(invoices.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(440_000);
            var total = invoices.getRow(3);
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(100);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(880_000);
        }
    }

    @Test
    void tax_included_prices_show_the_tax_they_contain() {
        var invoice = PurchaseExports.Invoice.of(3, 1_100, 10, true);
        assertThat(invoice.amount()).isEqualTo(3_300);
        assertThat(invoice.tax()).isEqualTo(300);
        assertThat(invoice.total()).isEqualTo(3_300);
    }
}
