package org.taiwa.library;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.taiwa.directory.MunicipalityId;
import org.taiwa.security.policy.Visibility;

/**
 * What a member says about a document: everything but its files. Checked here, so that no service stores
 * metadata that breaks these rules; whether the municipalities and the space exist is checked by the
 * services.
 *
 * @param summary        may be empty
 * @param municipalities the municipalities it concerns (directory codes); empty means the whole network
 * @param spaceId        the committee or working group it belongs to; required for {@link Visibility#MEMBERS_ONLY}
 * @param model          the implementation model it documents, or null
 * @param stage          the policy stage it documents, or null
 * @param author         who wrote it (a person or a body such as 特別区協議会), may be empty
 * @throws InvalidDocumentException when a rule is broken
 */
public record DocumentMetadata(String title, String summary, DocumentType type, FiscalYear fiscalYear,
                               List<MunicipalityId> municipalities, String spaceId, ImplementationModel model,
                               PolicyStage stage, List<String> tags, Visibility visibility, String author) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 40;
    public static final int MAX_AUTHOR = 200;

    public DocumentMetadata {
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new InvalidDocumentException("library.error.title-empty", "A document needs a title.");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidDocumentException("library.error.title-too-long",
                    "A title may have at most " + MAX_TITLE + " characters.", MAX_TITLE);
        }
        summary = summary == null ? "" : summary.strip();
        if (summary.length() > MAX_SUMMARY) {
            throw new InvalidDocumentException("library.error.summary-too-long",
                    "A summary may have at most " + MAX_SUMMARY + " characters.", MAX_SUMMARY);
        }
        if (type == null) {
            throw new InvalidDocumentException("library.error.type-missing", "Choose the document type.");
        }
        if (fiscalYear == null) {
            throw new InvalidDocumentException("library.error.year-missing", "Give the fiscal year.");
        }
        municipalities = List.copyOf(new LinkedHashSet<>(Objects.requireNonNullElse(municipalities, List.of())));
        spaceId = spaceId == null || spaceId.isBlank() ? null : spaceId.strip();
        tags = cleanTags(tags);
        if (visibility == null) {
            throw new InvalidDocumentException("library.error.visibility-missing", "Choose who may read it.");
        }
        if (visibility == Visibility.MEMBERS_ONLY && spaceId == null) {
            throw new InvalidDocumentException("library.error.space-required",
                    "A members-only document belongs to a space: choose one.");
        }
        author = author == null ? "" : author.strip();
        if (author.length() > MAX_AUTHOR) {
            throw new InvalidDocumentException("library.error.author-too-long",
                    "An author may have at most " + MAX_AUTHOR + " characters.", MAX_AUTHOR);
        }
    }

    private static List<String> cleanTags(List<String> tags) {
        var clean = new LinkedHashSet<String>();
        for (String tag : Objects.requireNonNullElse(tags, List.<String>of())) {
            String t = tag == null ? "" : tag.strip();
            if (t.length() > MAX_TAG) {
                throw new InvalidDocumentException("library.error.tag-too-long",
                        "A tag may have at most " + MAX_TAG + " characters.", MAX_TAG);
            }
            if (!t.isEmpty()) {
                clean.add(t);
            }
        }
        if (clean.size() > MAX_TAGS) {
            throw new InvalidDocumentException("library.error.too-many-tags",
                    "A document may have at most " + MAX_TAGS + " tags.", MAX_TAGS);
        }
        return List.copyOf(clean);
    }
}
