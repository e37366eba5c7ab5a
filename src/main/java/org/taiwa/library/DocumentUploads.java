package org.taiwa.library;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.library.internal.DocumentRecord;
import org.taiwa.library.internal.DocumentStore;
import org.taiwa.library.internal.DocumentWriter;
import org.taiwa.library.internal.FileHash;
import org.taiwa.library.internal.HashClaims;
import org.taiwa.library.internal.LibraryAccess;
import org.taiwa.library.internal.MetadataCheck;
import org.taiwa.security.policy.DocumentPolicy;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.Viewer;

/**
 * Uploading documents and new versions. A file is received into a temporary file (size limit, SHA-256,
 * type from its content), then stored in GridFS and recorded in one document write; its text is read
 * afterwards in the background. Everything is checked before the first write, so a refused upload
 * stores nothing (docs/decisions/0012-library-storage.md).
 *
 * @throws AccessDeniedException   (any method) when the current member may not upload or change it
 * @throws FileTooLargeException   past {@code taiwa.library.max-file-size}
 * @throws InvalidDocumentException for bad metadata, an empty file or a type the library does not take
 * @throws DuplicateFileException  when the very same file is already in the library
 * @throws DocumentConflictException when another version arrived meanwhile or the document was deleted
 */
@Service
public class DocumentUploads {

    private final DocumentWriter writer;
    private final DocumentStore documents;
    private final HashClaims hashes;
    private final LibraryAccess access;
    private final MetadataCheck metadataCheck;
    private final AuditLog audit;

    DocumentUploads(DocumentWriter writer, DocumentStore documents, HashClaims hashes, LibraryAccess access,
                    MetadataCheck metadataCheck, AuditLog audit) {
        this.writer = writer;
        this.documents = documents;
        this.hashes = hashes;
        this.access = access;
        this.metadataCheck = metadataCheck;
        this.audit = audit;
    }

    /**
     * Receives a file for the upload page, before the metadata is known: it is checked, and a duplicate
     * is told at once ({@link StagedFile#duplicateOf()}). The caller stores it with {@link #create} or
     * {@link #addVersion(DocumentId, StagedFile)}, or discards it.
     */
    public StagedFile receive(String fileName, InputStream content) {
        requireUploader();
        StagedFile staged = writer.stage(fileName, content);
        Optional<DuplicateFileException> duplicate = hashes.holder(staged.sha256()).map(this::duplicate);
        return new StagedFile(staged.path(), staged.fileName(), staged.size(), staged.sha256(), staged.mediaType(),
                duplicate);
    }

    /** Stores a received file as a new document; the received file is used up unless the metadata is refused. */
    public PolicyDocument create(StagedFile file, DocumentMetadata metadata) {
        Viewer viewer = requireUploader();
        metadataCheck.check(metadata, viewer, null);
        try {
            return writer.create(new DocumentId(UUID.randomUUID().toString()), file, metadata, viewer.username())
                    .toDocument();
        } catch (DocumentWriter.HashTaken taken) {
            throw duplicate(taken.holder());
        } finally {
            file.discard();
        }
    }

    /** Receives and stores in one go (the API): metadata is checked before the file is read. */
    public PolicyDocument upload(DocumentMetadata metadata, String fileName, InputStream content) {
        metadataCheck.check(metadata, requireUploader(), null);
        return create(writer.stage(fileName, content), metadata);
    }

    /** Adds a received file as the document's next version; the uploader or the secretariat. */
    public PolicyDocument addVersion(DocumentId id, StagedFile file) {
        return addVersionAfter(id, file, null);
    }

    /**
     * Adds a received file as the version after {@code basedOn}, the latest version the uploader saw: if
     * another version arrived meanwhile, nothing is stored and the uploader learns it, rather than their
     * file silently going on top of one they never saw.
     *
     * @throws DocumentConflictException when the latest version is no longer {@code basedOn}
     */
    public PolicyDocument addVersion(DocumentId id, StagedFile file, int basedOn) {
        return addVersionAfter(id, file, basedOn);
    }

    private PolicyDocument addVersionAfter(DocumentId id, StagedFile file, Integer basedOn) {
        try {
            DocumentRecord current = access.editable(id);
            if (basedOn != null && current.latest().number() != basedOn) {
                throw new DocumentConflictException(id);
            }
            Viewer viewer = access.viewer();
            DocumentRecord updated = writer.addVersion(current, file, viewer.username());
            if (!viewer.username().equals(current.uploadedBy())) {
                audit.record(viewer.username(), "document.version", id.value(),
                        current.title() + " (version " + updated.latest().number() + ")", "");
            }
            return updated.toDocument();
        } catch (DocumentWriter.HashTaken taken) {
            throw duplicate(taken.holder());
        } finally {
            file.discard();
        }
    }

    /**
     * Receives and adds a version in one go (the API): permission is checked before the file is read.
     *
     * @param basedOn the latest version the caller saw (see {@link #addVersion(DocumentId, StagedFile, int)}),
     *                or null to add after whatever is the latest
     */
    public PolicyDocument addVersion(DocumentId id, String fileName, InputStream content, Integer basedOn) {
        access.editable(id);
        return addVersionAfter(id, writer.stage(fileName, content), basedOn);
    }

    private Viewer requireUploader() {
        Viewer viewer = access.viewer();
        Permissions.require(DocumentPolicy.canUpload(viewer), "upload documents");
        return viewer;
    }

    /** The existing document's title only for those who may read it. */
    private DuplicateFileException duplicate(FileHash holder) {
        String title = documents.find(holder.documentId()).filter(r -> !r.deleted()).filter(access::canRead)
                .map(DocumentRecord::title).orElse(null);
        return new DuplicateFileException(new DocumentId(holder.documentId()), holder.version(), title);
    }
}
