package org.taiwa.library.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.DocumentType;
import org.taiwa.library.DocumentVersion;
import org.taiwa.library.Extraction;
import org.taiwa.library.ExtractionReason;
import org.taiwa.library.ExtractionStatus;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyStage;
import org.taiwa.security.policy.Visibility;

/**
 * A document as stored in the {@code documents} collection: metadata, all versions in one array (the
 * index in the array is the version number minus one), the change position and the soft-delete flag.
 * Every write is one single-document update that also sets {@code changeSeq}
 * (docs/decisions/0012-library-storage.md).
 *
 * @param revision counts metadata edits, so that two edits at once do not silently overwrite each other
 */
@Document("documents")
public record DocumentRecord(@Id String id, String title, String summary, DocumentType type, int fiscalYear,
                             List<String> municipalities, String spaceId, ImplementationModel model,
                             PolicyStage stage, List<String> tags, Visibility visibility, String author,
                             String uploadedBy, Instant createdAt, Instant updatedAt, List<VersionRecord> versions,
                             @Indexed long changeSeq, int revision, boolean deleted) {

    public static final String TITLE = "title";
    public static final String TYPE = "type";
    public static final String FISCAL_YEAR = "fiscalYear";
    public static final String MUNICIPALITIES = "municipalities";
    public static final String SPACE_ID = "spaceId";
    public static final String MODEL = "model";
    public static final String STAGE = "stage";
    public static final String TAGS = "tags";
    public static final String VISIBILITY = "visibility";
    public static final String AUTHOR = "author";
    public static final String SUMMARY = "summary";
    public static final String UPLOADED_BY = "uploadedBy";
    public static final String UPDATED_AT = "updatedAt";
    public static final String VERSIONS = "versions";
    public static final String CHANGE_SEQ = "changeSeq";
    public static final String REVISION = "revision";
    public static final String DELETED = "deleted";

    /** One version as stored; never changed after the upload except for its extraction. */
    public record VersionRecord(int number, String fileId, String fileName, String sha256, long size,
                                String mediaType, ExtractionRecord extraction, String uploadedBy, Instant uploadedAt) {

        DocumentVersion toVersion() {
            return new DocumentVersion(number, fileId, fileName, sha256, size, mediaType, extraction.toExtraction(),
                    uploadedBy, uploadedAt);
        }
    }

    /** The outcome of reading a version's text. */
    public record ExtractionRecord(ExtractionStatus status, ExtractionReason reason, int characters,
                                   Instant finishedAt) {

        public static final ExtractionRecord PENDING = new ExtractionRecord(ExtractionStatus.PENDING,
                ExtractionReason.NONE, 0, null);

        Extraction toExtraction() {
            return new Extraction(status, reason, characters, finishedAt);
        }
    }

    public static DocumentRecord create(DocumentId id, DocumentMetadata m, String uploadedBy, Instant now,
                                        VersionRecord first, long changeSeq) {
        return new DocumentRecord(id.value(), m.title(), m.summary(), m.type(), m.fiscalYear().year(),
                m.municipalities().stream().map(MunicipalityId::value).toList(), m.spaceId(), m.model(), m.stage(),
                m.tags(), m.visibility(), m.author(), uploadedBy, now, now, List.of(first), changeSeq, 0, false);
    }

    public DocumentMetadata metadata() {
        return new DocumentMetadata(title, summary, type, FiscalYear.of(fiscalYear),
                orEmpty(municipalities).stream().map(MunicipalityId::new).toList(), spaceId, model, stage,
                orEmpty(tags), visibility, author);
    }

    public PolicyDocument toDocument() {
        return new PolicyDocument(new DocumentId(id), metadata(), uploadedBy, createdAt, updatedAt,
                orEmpty(versions).stream().map(VersionRecord::toVersion).toList(), changeSeq, revision, deleted);
    }

    public VersionRecord latest() {
        return versions.getLast();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return Objects.requireNonNullElse(list, List.of());
    }
}
