package org.taiwa.purchase.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.taiwa.offset.ui.PdfFont;

/**
 * Settings of the purchase pages (environment: {@code TAIWA_PURCHASE_CERTIFICATE_FONT},
 * {@code TAIWA_PURCHASE_CONSUMPTION_TAX_PERCENT}).
 *
 * @param certificateFont       a Japanese TrueType or OpenType font (.ttf, .otf, .ttc) for the offset certificates;
 *                              blank means the first of the usual Japanese fonts ({@link PdfFont#find}) that exists
 * @param consumptionTaxPercent the consumption tax on the invoice summary, in percent (10 since October 2019)
 */
@ConfigurationProperties("taiwa.purchase")
record PurchaseUiProperties(@DefaultValue("") String certificateFont, @DefaultValue("10") int consumptionTaxPercent) {


    PurchaseUiProperties {
        certificateFont = certificateFont == null ? "" : certificateFont.strip();
        if (consumptionTaxPercent < 0 || consumptionTaxPercent > 100) {
            throw new IllegalArgumentException("taiwa.purchase.consumption-tax-percent: between 0 and 100");
        }
    }

    /** The font file to use, if any exists. */
    Optional<Path> font() {
        return PdfFont.find(certificateFont);
    }
}
