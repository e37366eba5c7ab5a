package org.taiwa.purchase.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.openpdf.text.pdf.BaseFont;

/**
 * The certificates' Japanese font, embedded as a subset. A small copy of the calculator's font lookup (offset's
 * {@code PdfFont} is internal to its UI and the modules may not share UI code). OpenPDF rather than PDFBox writes
 * the certificate for the reason the calculator gives: the usual font (Noto Sans CJK) is a collection of CFF-outline
 * fonts that PDFBox 3 cannot embed; PDFBox reads the certificates back in the tests.
 */
final class CertificateFont {

    private CertificateFont() {
    }

    static Optional<BaseFont> load(Optional<Path> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            String file = path.get().toString();
            String name = file.toLowerCase(Locale.ROOT).endsWith(".ttc") ? file + "," + japaneseMember(file) : file;
            return Optional.of(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, null, null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int japaneseMember(String collection) throws IOException {
        String[] names = BaseFont.enumerateTTCNames(collection);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].toLowerCase(Locale.ROOT);
            // the proportional JP face, not the monospaced one
            if (name.contains("jp") && !name.contains("mono")) {
                return i;
            }
        }
        return 0;
    }
}
