package org.taiwa.offset.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.openpdf.text.pdf.BaseFont;

/**
 * The Japanese font of the PDF export, embedded as a subset. OpenPDF rather than PDFBox writes the PDF because
 * the font most machines have (Noto Sans CJK, fonts-noto-cjk) is a collection of CFF-outline fonts, which PDFBox
 * 3 can neither subset nor embed whole; OpenPDF subsets them (a one-page estimate is some 200 KB).
 */
final class PdfFont {

    private PdfFont() {
    }

    /** The font at {@code path}: in a collection (.ttc), its Japanese member ("Noto Sans CJK JP"). */
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
            // the proportional JP face first: "NotoSansCJKjp-Regular", not the monospaced "NotoSansMonoCJKjp"
            if (name.contains("jp") && !name.contains("mono")) {
                return i;
            }
        }
        return 0;
    }
}
