package org.taiwa.library;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.library.internal.DocumentRecord;
import org.taiwa.library.internal.DocumentStore;
import org.taiwa.library.internal.LibraryAccess;
import org.taiwa.library.internal.MetadataCheck;
import org.taiwa.security.policy.Viewer;
import org.taiwa.storage.Sequences;

/**
 * Changing a document's metadata (visibility included) and deleting it: its uploader or the secretariat.
 * What the secretariat does to others' documents is recorded in the audit log.
 *
 * @throws AccessDeniedException     (any method) when the current member may not change it
 * @throws DocumentNotFoundException (any method) for an unknown or deleted document
 */
@Service
public class DocumentEditor {

    private final DocumentStore documents;
    private final LibraryAccess access;
    private final MetadataCheck metadataCheck;
    private final Sequences sequences;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    DocumentEditor(DocumentStore documents, LibraryAccess access, MetadataCheck metadataCheck, Sequences sequences,
                   ApplicationEventPublisher events, AuditLog audit) {
        this.documents = documents;
        this.access = access;
        this.metadataCheck = metadataCheck;
        this.sequences = sequences;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Replaces the metadata.
     *
     * @param revision the {@link PolicyDocument#revision()} the change was made from
     * @throws DocumentConflictException when someone changed the metadata since that revision
     * @throws InvalidDocumentException  for an unknown municipality or space
     */
    public PolicyDocument update(DocumentId id, int revision, DocumentMetadata metadata) {
        DocumentRecord current = access.editable(id);
        Viewer viewer = access.viewer();
        metadataCheck.check(metadata, viewer, current.spaceId());
        DocumentRecord updated = documents.updateMetadata(id.value(), revision, metadata,
                sequences.next(Sequences.CHANGES), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (updated == null) {
            access.editable(id);
            throw new DocumentConflictException(id);
        }
        events.publishEvent(new DocumentChanged(id, updated.changeSeq(), DocumentChanged.Change.METADATA));
        if (!viewer.username().equals(current.uploadedBy())) {
            String visibility = current.visibility() == metadata.visibility() ? ""
                    : " (visibility " + current.visibility() + " -> " + metadata.visibility() + ")";
            audit.record(viewer.username(), "document.update", id.value(), current.title() + visibility, "");
        }
        return updated.toDocument();
    }

    /** Soft delete: the record and its files stay, hidden from lists, pages and search. */
    public void delete(DocumentId id) {
        DocumentRecord current = access.editable(id);
        Viewer viewer = access.viewer();
        DocumentRecord deleted = documents.delete(id.value(), sequences.next(Sequences.CHANGES),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (deleted == null) {
            throw new DocumentNotFoundException(id);
        }
        events.publishEvent(new DocumentChanged(id, deleted.changeSeq(), DocumentChanged.Change.DELETED));
        if (!viewer.username().equals(current.uploadedBy())) {
            audit.record(viewer.username(), "document.delete", id.value(), current.title(), "");
        }
    }
}
