package org.taiwa.purchase.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CreditProject;
import org.taiwa.purchase.SignUp;

/**
 * The secretariat's exports of a campaign: sign-ups, the allocation, and the invoice summary per municipality
 * (allocated tonnes × price, with consumption tax rounded down as invoices do).
 */
final class PurchaseExports {

    private PurchaseExports() {
    }

    static ExportTable signUps(List<SignUp> signUps, Function<SignUp, String> name, PurchaseTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (SignUp s : signUps) {
            rows.add(List.of(name.apply(s), s.request().tonnes(), s.request().contact().name(),
                    s.request().contact().email(), s.request().contact().phone(), s.request().events().size(),
                    s.approved() ? s.approval().approvedBy() : "", texts.placement(s.placement()),
                    texts.get(s.withdrawn() ? "purchase.yes" : "purchase.no"), s.sequence()));
        }
        return new ExportTable(texts.get("purchase.export.sign-ups"), List.of(texts.get("purchase.municipality"),
                texts.get("purchase.signup.tonnes"), texts.get("purchase.signup.contact-name"),
                texts.get("purchase.signup.contact-email"), texts.get("purchase.signup.contact-phone"),
                texts.get("purchase.signup.events"), texts.get("purchase.export.approved-by"),
                texts.get("purchase.export.placement"), texts.get("purchase.export.withdrawn"),
                texts.get("purchase.export.sequence")), rows);
    }

    static ExportTable allocation(AllocationRows allocation, PurchaseTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (AllocationRows.Row row : allocation.rows()) {
            rows.add(List.of(row.municipality(), row.requested(), row.allocated(), texts.reason(row.reason())));
        }
        rows.add(List.of(texts.get("purchase.total"), allocation.requested(), allocation.allocated(), ""));
        return new ExportTable(texts.get("purchase.export.allocation"), List.of(texts.get("purchase.municipality"),
                texts.get("purchase.allocation.requested"), texts.get("purchase.allocation.allocated"),
                texts.get("purchase.allocation.reason")), rows);
    }

    /** Per municipality: tonnes, unit price, amount, tax and total in yen; the last row adds them up. */
    static ExportTable invoices(Campaign campaign, CreditProject project, AllocationRows allocation, int taxPercent,
                                PurchaseTexts texts) {
        boolean taxIncluded = project != null && project.taxIncluded();
        List<List<Object>> rows = new ArrayList<>();
        long tonnes = 0;
        long amount = 0;
        long tax = 0;
        long total = 0;
        for (AllocationRows.Row row : allocation.rows()) {
            Invoice invoice = Invoice.of(row.allocated(), campaign.pricePerTonneYen(), taxPercent, taxIncluded);
            rows.add(List.of(row.municipality(), row.allocated(), campaign.pricePerTonneYen(), invoice.amount(),
                    invoice.tax(), invoice.total()));
            tonnes += row.allocated();
            amount += invoice.amount();
            tax += invoice.tax();
            total += invoice.total();
        }
        rows.add(List.of(texts.get("purchase.total"), tonnes, "", amount, tax, total));
        return new ExportTable(texts.get("purchase.export.invoices"), List.of(texts.get("purchase.municipality"),
                texts.get("purchase.allocation.allocated"), texts.get("purchase.invoice.unit-price"),
                texts.get(taxIncluded ? "purchase.invoice.amount-incl" : "purchase.invoice.amount"),
                texts.get("purchase.invoice.tax", taxPercent), texts.get("purchase.invoice.total")), rows);
    }

    /** One municipality's invoice in yen; {@code amount} is tonnes × price as the price is quoted. */
    record Invoice(long amount, long tax, long total) {

        static Invoice of(long tonnes, long pricePerTonne, int taxPercent, boolean taxIncluded) {
            long amount = Math.multiplyExact(tonnes, pricePerTonne);
            if (taxIncluded) {
                long tax = amount * taxPercent / (100 + taxPercent);
                return new Invoice(amount, tax, amount);
            }
            long tax = amount * taxPercent / 100;
            return new Invoice(amount, tax, amount + tax);
        }
    }
}
