package org.taiwa.library.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.DocumentType;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.InvalidDocumentException;
import org.taiwa.library.PolicyStage;
import org.taiwa.security.policy.Visibility;

/** The API's text parameters as the library's types; anything it cannot read is a 400 that says why. */
final class ApiParameters {

    private ApiParameters() {
    }

    /** The metadata fields of an upload or an edit, as a client sends them. */
    record MetadataFields(String title, String summary, String documentType, String fiscalYear,
                          List<String> municipalities, String visibility, String spaceId, String model, String stage,
                          List<String> tags, String author) {

        DocumentMetadata toMetadata(Municipalities directory) {
            return new DocumentMetadata(title, summary, required(documentType, "documentType", DocumentType::parse),
                    required(fiscalYear, "fiscalYear", FiscalYear::parse), directory.resolve(municipalities), spaceId,
                    optional(model, "model", ImplementationModel::parse), optional(stage, "stage", PolicyStage::parse),
                    splitTags(tags), required(visibility, "visibility", ApiParameters::visibility), author);
        }
    }

    static <T> T required(String value, String name, Function<String, Optional<T>> parse) {
        if (value == null || value.isBlank()) {
            throw new InvalidDocumentException("library.error.parameter-missing", "Parameter " + name + " is missing.",
                    name);
        }
        return optional(value, name, parse);
    }

    static <T> T optional(String value, String name, Function<String, Optional<T>> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse.apply(value).orElseThrow(() -> new InvalidDocumentException("library.error.parameter-invalid",
                "Parameter " + name + " cannot be '" + value + "'.", name, value));
    }

    static Optional<Visibility> visibility(String value) {
        try {
            return Optional.of(Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code updated} (or {@code date}), {@code title}, {@code year} (or {@code fiscalYear}). */
    static Optional<org.taiwa.library.LibrarySort.Key> sortKey(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT).replace("_", "")) {
            case "updated", "date" -> Optional.of(org.taiwa.library.LibrarySort.Key.UPDATED);
            case "title" -> Optional.of(org.taiwa.library.LibrarySort.Key.TITLE);
            case "year", "fiscalyear" -> Optional.of(org.taiwa.library.LibrarySort.Key.FISCAL_YEAR);
            default -> Optional.empty();
        };
    }

    /** Repeated parameters or one comma-separated list. */
    static List<String> splitTags(List<String> tags) {
        return tags == null ? List.of() : tags.stream().flatMap(t -> java.util.Arrays.stream(t.split("[,、，]")))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
