package org.taiwa.purchase.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the purchase pages (environment: {@code TAIWA_PURCHASE_CERTIFICATE_FONT},
 * {@code TAIWA_PURCHASE_CONSUMPTION_TAX_PERCENT}).
 *
 * @param certificateFont       a Japanese TrueType or OpenType font (.ttf, .otf, .ttc) for the offset certificates;
 *                              blank means the first of {@link #FONT_CANDIDATES} that exists
 * @param consumptionTaxPercent the consumption tax on the invoice summary, in percent (10 since October 2019)
 */
@ConfigurationProperties("taiwa.purchase")
record PurchaseUiProperties(@DefaultValue("") String certificateFont, @DefaultValue("10") int consumptionTaxPercent) {

    /** Where Debian's and Ubuntu's Japanese font packages put their fonts (as the calculator's PDF export looks). */
    static final List<String> FONT_CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJKjp-Regular.otf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf");

    PurchaseUiProperties {
        certificateFont = certificateFont == null ? "" : certificateFont.strip();
        if (consumptionTaxPercent < 0 || consumptionTaxPercent > 100) {
            throw new IllegalArgumentException("taiwa.purchase.consumption-tax-percent: between 0 and 100");
        }
    }

    /** The font file to use, if any exists. */
    Optional<Path> font() {
        if (!certificateFont.isEmpty()) {
            Path configured = Path.of(certificateFont);
            return Files.isReadable(configured) ? Optional.of(configured) : Optional.empty();
        }
        return FONT_CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }
}
