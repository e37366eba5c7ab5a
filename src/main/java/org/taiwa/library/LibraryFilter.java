package org.taiwa.library;

import java.util.Objects;

import org.taiwa.directory.MunicipalityId;

/**
 * What the library list shows; every part is optional (null or empty means any).
 *
 * @param text part of the title, case-insensitive
 */
public record LibraryFilter(String text, DocumentType type, FiscalYear fiscalYear, MunicipalityId municipality,
                            String spaceId, ImplementationModel model, PolicyStage stage) {

    public static final LibraryFilter ALL = new LibraryFilter("", null, null, null, null, null, null);

    public LibraryFilter {
        text = Objects.requireNonNullElse(text, "").strip();
        spaceId = spaceId == null || spaceId.isBlank() ? null : spaceId;
    }
}
