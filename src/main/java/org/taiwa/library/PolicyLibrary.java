package org.taiwa.library;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.directory.Municipality;
import org.taiwa.library.internal.DocumentRecord;
import org.taiwa.library.internal.DocumentStore;
import org.taiwa.library.internal.DocumentText;
import org.taiwa.library.internal.LibraryAccess;
import org.taiwa.library.internal.LibraryQueries;
import org.taiwa.library.internal.Municipalities;
import org.taiwa.library.internal.OriginalFiles;
import org.taiwa.library.internal.TextStore;

/**
 * Reading the library: lists filtered in the database by what the member may read
 * ({@link ReadableDocuments}), a document with its versions, its text and files, and the model map.
 *
 * @throws AccessDeniedException     (any method on one document) when the current member may not read it
 * @throws DocumentNotFoundException (any method on one document) for an unknown or deleted document
 */
@Service
public class PolicyLibrary {

    /** The largest page one call returns. */
    public static final int MAX_PAGE_SIZE = 200;
    private static final int MODEL_MAP_LIMIT = 1_000;

    private final DocumentStore documents;
    private final TextStore texts;
    private final OriginalFiles files;
    private final LibraryAccess access;
    private final Municipalities municipalities;
    private final LibraryProperties properties;

    PolicyLibrary(DocumentStore documents, TextStore texts, OriginalFiles files, LibraryAccess access,
                  Municipalities municipalities, LibraryProperties properties) {
        this.documents = documents;
        this.texts = texts;
        this.files = files;
        this.access = access;
        this.municipalities = municipalities;
        this.properties = properties;
    }

    public PolicyDocument get(DocumentId id) {
        return access.readable(id).toDocument();
    }

    /** One page of the documents the member may read that pass the filter. */
    public List<PolicyDocument> find(LibraryFilter filter, LibrarySort sort, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset must not be negative and limit lie between 1 and "
                    + MAX_PAGE_SIZE);
        }
        Query query = LibraryQueries.query(filter, access.readable()).with(LibraryQueries.sort(sort)).skip(offset)
                .limit(limit);
        return documents.find(query).stream().map(DocumentRecord::toDocument).toList();
    }

    public int count(LibraryFilter filter) {
        return Math.toIntExact(documents.count(LibraryQueries.query(filter, access.readable())));
    }

    /** The beginning of the latest version's text ({@code taiwa.library.preview-characters}). */
    public TextPreview preview(DocumentId id) {
        DocumentRecord record = access.readable(id);
        Extraction extraction = record.toDocument().latest().extraction();
        String text = texts.find(record.id(), record.latest().number()).map(DocumentText::text).orElse("").strip();
        int limit = properties.previewCharacters();
        if (text.length() > limit && limit > 0 && Character.isHighSurrogate(text.charAt(limit - 1))) {
            limit--;
        }
        return new TextPreview(text.length() > limit ? text.substring(0, limit) : text, text.length() > limit,
                extraction);
    }

    /** The original of one version (1 is the first). */
    public StoredFile file(DocumentId id, int version) {
        PolicyDocument document = access.readable(id).toDocument();
        DocumentVersion v = document.version(version).orElseThrow(() -> new DocumentNotFoundException(id, version));
        return new StoredFile(v.fileName(), v.mediaType(), v.size(), v.sha256(), files.content(v.fileId()));
    }

    /** The original of the latest version: what a download without a version number gives. */
    public StoredFile latestFile(DocumentId id) {
        return file(id, access.readable(id).latest().number());
    }

    /** The current member may add versions and change the metadata (the uploader and the secretariat). */
    public boolean canEdit(PolicyDocument document) {
        return documents.find(document.id().value()).filter(r -> !r.deleted()).map(access::canEdit).orElse(false);
    }

    /** The threads that link this document, as far as the current member may read them. */
    public List<DiscussionLink> discussions(DocumentId id) {
        access.readable(id);
        return access.discussions().linking(id);
    }

    /**
     * The implementation models × policy stages with their readable documents and discussions; per model,
     * a cell with a null stage holds what is about the model in general.
     */
    public List<ModelMapCell> modelMap() {
        Query query = LibraryQueries.query(LibraryFilter.ALL, access.readable())
                .addCriteria(where(DocumentRecord.MODEL).ne(null))
                .with(LibraryQueries.sort(new LibrarySort(LibrarySort.Key.FISCAL_YEAR, true))).limit(MODEL_MAP_LIMIT);
        List<PolicyDocument> withModel = documents.find(query).stream().map(DocumentRecord::toDocument).toList();
        var cells = new ArrayList<ModelMapCell>();
        for (ImplementationModel model : ImplementationModel.values()) {
            var stages = new ArrayList<PolicyStage>(List.of(PolicyStage.values()));
            stages.add(null);
            for (PolicyStage stage : stages) {
                cells.add(new ModelMapCell(model, stage, withModel.stream()
                        .filter(d -> d.metadata().model() == model && d.metadata().stage() == stage).toList(),
                        access.discussions().about(model, stage)));
            }
        }
        return cells;
    }

    /** The spaces the current member may read: for filters, and to file a document in. */
    public List<SpaceRef> readableSpaces() {
        return access.spaces().readable();
    }

    /** A space's names, e.g. to show where a readable document belongs. */
    public Optional<SpaceRef> space(String spaceId) {
        return spaceId == null ? Optional.empty() : access.spaces().find(spaceId);
    }

    /** Tokyo's 62 municipalities in the official order, for choosing and showing them. */
    public List<Municipality> municipalities() {
        return municipalities.all();
    }
}
