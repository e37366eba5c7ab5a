package org.taiwa.offset.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the calculator's pages (environment: {@code TAIWA_OFFSET_EMBED_ORIGINS}, {@code TAIWA_OFFSET_PDF_FONT}).
 *
 * @param embedOrigins the sites that may frame {@code /embed/calculator}, e.g. {@code https://www.city.minato.tokyo.jp};
 *                     the portal itself always may, nobody else by default
 * @param pdfFont      a Japanese TrueType or OpenType font (.ttf, .otf, .ttc) for the PDF export; blank means the
 *                     first of the usual Japanese fonts ({@link PdfFont#find}) that exists
 */
@ConfigurationProperties("taiwa.offset")
record CalculatorProperties(@DefaultValue({}) List<String> embedOrigins, @DefaultValue("") String pdfFont) {


    /** A CSP source: scheme, host (a leading *. for subdomains) and port; nothing that could break the header. */
    private static final Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    CalculatorProperties {
        embedOrigins = embedOrigins == null ? List.of()
                : embedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).map(o -> o.replaceAll("/+$", ""))
                        .toList();
        for (String origin : embedOrigins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("taiwa.offset.embed-origins: not an origin (scheme://host[:port]): "
                        + origin);
            }
        }
        pdfFont = pdfFont == null ? "" : pdfFont.strip();
    }

    /** The value of {@code Content-Security-Policy} for the embeddable pages. */
    String frameAncestors() {
        return "frame-ancestors 'self'" + (embedOrigins.isEmpty() ? "" : " " + String.join(" ", embedOrigins));
    }

    /** The font file to use, if any exists. */
    Optional<Path> font() {
        return PdfFont.find(pdfFont);
    }
}
