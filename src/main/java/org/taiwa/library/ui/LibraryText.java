package org.taiwa.library.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.Extraction;
import org.taiwa.library.ExtractionReason;
import org.taiwa.library.ExtractionStatus;
import org.taiwa.library.PolicyDocument;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.UploadI18N;

/** Small formatting shared by the library views. */
final class LibraryText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Tokyo"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private LibraryText() {
    }

    static String label(Component view, Enum<?> value) {
        return value == null ? "" : view.getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "."
                + value.name());
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** 980 B, 12.3 KB, 4.5 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    /** The municipalities' names in the view's language; none means the whole network. */
    static String municipalities(Component view, DocumentMetadata metadata, Map<MunicipalityId, Municipality> names) {
        List<MunicipalityId> ids = metadata.municipalities();
        if (ids.isEmpty()) {
            return view.getTranslation("library.municipalities.network");
        }
        return ids.stream().map(id -> names.containsKey(id) ? names.get(id).name(locale()) : id.value())
                .collect(Collectors.joining(isEnglish(view) ? ", " : "、"));
    }

    static Map<MunicipalityId, Municipality> byId(List<Municipality> municipalities) {
        return municipalities.stream().collect(Collectors.toMap(Municipality::id, m -> m));
    }

    /** The extraction's status as a badge, with the reason as its title. */
    static Span status(Component view, Extraction extraction) {
        var badge = new Span(label(view, extraction.status()));
        badge.addClassNames("taiwa-status", "taiwa-status-" + extraction.status().name().toLowerCase(Locale.ROOT));
        if (extraction.reason() != ExtractionReason.NONE) {
            badge.setTitle(label(view, extraction.reason()));
        }
        return badge;
    }

    /** Why the text could not be read in full, or "" when nothing went wrong (the status badge's title). */
    static String reason(Component view, Extraction extraction) {
        return extraction.reason() == ExtractionReason.NONE ? "" : label(view, extraction.reason());
    }

    /** "The text of X could not be read: reason", or null when there is nothing to tell. */
    static String extractionNotice(Component view, PolicyDocument document) {
        Extraction extraction = document.latest().extraction();
        if (extraction.status() == ExtractionStatus.FAILED) {
            return view.getTranslation("upload.extraction.failed", document.title(), label(view, extraction.reason()));
        }
        if (extraction.status() == ExtractionStatus.PARTIAL) {
            return view.getTranslation("upload.extraction.partial", document.title(), label(view, extraction.reason()));
        }
        return null;
    }

    /** The Upload component's own texts in the view's language. */
    static UploadI18N uploadTexts(Component view, long maxMegabytes) {
        var texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(view.getTranslation("upload.button"))
                .setMany(view.getTranslation("upload.button")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(view.getTranslation("upload.drop"))
                .setMany(view.getTranslation("upload.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(view.getTranslation("library.error.too-large",
                maxMegabytes)));
        return texts;
    }

    /** The UI's language (a view's own {@code getLocale()} is protected). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }

    static boolean isEnglish(Component view) {
        return Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
    }
}
