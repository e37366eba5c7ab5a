package org.taiwa.library;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.taiwa.library.internal.DocumentRecord;
import org.taiwa.library.internal.DocumentStore;
import org.taiwa.library.internal.DocumentText;
import org.taiwa.library.internal.TextStore;

/**
 * The library's changes in the order of their change position ({@link org.taiwa.storage.Sequences#CHANGES}),
 * for the search index to follow and to rebuild from. Every write to a document sets its position in the
 * same single-document update, and {@link DocumentChanged} tells that it happened. Positions are taken
 * before the write, so two writers may commit out of order: a reader must not assume that nothing below
 * its last position can still appear (re-read a window behind it, or compare with
 * {@code Sequences.current}). Without permission checks: for the index, never for showing to members,
 * who go through {@link PolicyLibrary}.
 */
@Service
public class DocumentFeed {

    /** The largest batch one call returns. */
    public static final int MAX_BATCH = 1_000;

    private final DocumentStore documents;
    private final TextStore texts;

    DocumentFeed(DocumentStore documents, TextStore texts) {
        this.documents = documents;
        this.texts = texts;
    }

    /** Documents whose last change lies after {@code position}, oldest change first; deleted ones as tombstones. */
    public List<IndexableDocument> changedAfter(long position, int limit) {
        if (limit < 1 || limit > MAX_BATCH) {
            throw new IllegalArgumentException("limit must lie between 1 and " + MAX_BATCH);
        }
        return documents.changedAfter(position, limit).stream().map(this::indexable).toList();
    }

    /** One document as it is now (deleted ones too). */
    public Optional<IndexableDocument> current(DocumentId id) {
        return documents.find(id.value()).map(this::indexable);
    }

    private IndexableDocument indexable(DocumentRecord record) {
        PolicyDocument document = record.toDocument();
        DocumentVersion latest = document.latest();
        Optional<DocumentText> text = record.deleted() ? Optional.empty()
                : texts.find(record.id(), latest.number());
        return new IndexableDocument(document.id(), record.changeSeq(), record.deleted(), document.metadata(),
                record.uploadedBy(), record.updatedAt(), latest.number(), latest.extraction(),
                text.map(DocumentText::text).orElse(""), text.map(DocumentText::truncated).orElse(false));
    }
}
