package org.taiwa.offset.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openpdf.text.pdf.BaseFont;

/**
 * The Japanese font of the PDF export, embedded as a subset. OpenPDF rather than PDFBox writes the PDF because
 * the font most machines have (Noto Sans CJK, fonts-noto-cjk) is a collection of CFF-outline fonts, which PDFBox
 * 3 can neither subset nor embed whole; OpenPDF subsets them (a one-page estimate is some 200 KB).
 */
public final class PdfFont {

    /** Where Debian's and Ubuntu's Japanese font packages put their fonts. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJKjp-Regular.otf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf");

    /**
     * The Japanese member of each collection read so far: reading a collection's names reads the file, and the
     * calculator page asks for the font each time it opens (OpenPDF keeps the fonts themselves).
     */
    private static final ConcurrentHashMap<String, Integer> MEMBERS = new ConcurrentHashMap<>();

    private PdfFont() {
    }

    /** The configured font file if it is readable; when none is configured, the first of the usual ones found. */
    public static Optional<Path> find(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            return Files.isReadable(path) ? Optional.of(path) : Optional.empty();
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }

    /** The font at {@code path}: in a collection (.ttc), its Japanese member ("Noto Sans CJK JP"). */
    public static Optional<BaseFont> load(Optional<Path> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            String file = path.get().toString();
            String name = file.toLowerCase(Locale.ROOT).endsWith(".ttc") ? file + "," + member(file) : file;
            return Optional.of(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, null, null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int member(String collection) throws IOException {
        Integer known = MEMBERS.get(collection);
        if (known == null) {
            known = japaneseMember(collection);
            MEMBERS.put(collection, known);
        }
        return known;
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
