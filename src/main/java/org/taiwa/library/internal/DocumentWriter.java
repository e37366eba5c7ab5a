package org.taiwa.library.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.apache.tika.mime.MediaType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.taiwa.library.DocumentChanged;
import org.taiwa.library.DocumentConflictException;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.InvalidDocumentException;
import org.taiwa.library.StagedFile;
import org.taiwa.library.internal.DocumentRecord.ExtractionRecord;
import org.taiwa.library.internal.DocumentRecord.VersionRecord;
import org.taiwa.storage.Sequences;

/**
 * Stores files and documents, without permission checks: the services check first, the demo data needs
 * none. The order of the writes leaves nothing visible half-done: the hash claim first (a duplicate
 * stops there), then the original in GridFS, then the one document write that makes it visible; a
 * failure in between takes back what was written. Extraction is queued afterwards.
 */
@Component
public class DocumentWriter {

    /** The same file is already stored. */
    public static final class HashTaken extends RuntimeException {
        private final transient FileHash holder;

        HashTaken(FileHash holder) {
            super("already stored as " + holder.documentId() + " version " + holder.version());
            this.holder = holder;
        }

        public FileHash holder() {
            return holder;
        }
    }

    private final FileReceiver receiver;
    private final TypeDetector detector;
    private final HashClaims hashes;
    private final OriginalFiles files;
    private final DocumentStore documents;
    private final Sequences sequences;
    private final ExtractionQueue extraction;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DocumentWriter(FileReceiver receiver, TypeDetector detector, HashClaims hashes, OriginalFiles files,
                   DocumentStore documents, Sequences sequences, ExtractionQueue extraction,
                   ApplicationEventPublisher events) {
        this.receiver = receiver;
        this.detector = detector;
        this.hashes = hashes;
        this.files = files;
        this.documents = documents;
        this.sequences = sequences;
        this.extraction = extraction;
        this.events = events;
    }

    /**
     * Receives a file into a temporary file and checks its size and type.
     *
     * @throws org.taiwa.library.FileTooLargeException past the size limit
     * @throws InvalidDocumentException                for an empty file or a type the library does not take
     */
    public StagedFile stage(String fileName, InputStream content) {
        FileReceiver.Received received = receiver.receive(content);
        try {
            String name = FileNames.clean(fileName);
            MediaType type = detector.detect(received.path(), name);
            if (!detector.accepted(type)) {
                throw new InvalidDocumentException("library.error.unsupported-type",
                        "The library takes PDF, Word, Excel, PowerPoint, ODT, HTML, Markdown and plain text; this file is "
                                + type + ".", type.toString());
            }
            return new StagedFile(received.path(), name, received.size(), received.sha256(), type.toString(),
                    Optional.empty());
        } catch (RuntimeException e) {
            FileReceiver.deleteQuietly(received.path());
            throw e;
        }
    }

    /** @throws HashTaken when the same file is already stored */
    public DocumentRecord create(DocumentId id, StagedFile file, DocumentMetadata metadata, String uploadedBy) {
        VersionRecord version = storeFile(id, 1, file, uploadedBy);
        DocumentRecord record;
        try {
            record = DocumentRecord.create(id, metadata, uploadedBy, version.uploadedAt(), version,
                    sequences.next(Sequences.CHANGES));
            documents.insert(record);
        } catch (RuntimeException e) {
            takeBack(id, version);
            throw e;
        }
        published(record, DocumentChanged.Change.CREATED);
        return record;
    }

    /**
     * @throws HashTaken                 when the same file is already stored
     * @throws DocumentConflictException when another version arrived meanwhile or the document was deleted
     */
    public DocumentRecord addVersion(DocumentRecord current, StagedFile file, String uploadedBy) {
        var id = new DocumentId(current.id());
        int number = current.versions().size() + 1;
        VersionRecord version = storeFile(id, number, file, uploadedBy);
        DocumentRecord updated;
        try {
            updated = documents.addVersion(current.id(), number - 1, version, sequences.next(Sequences.CHANGES),
                    version.uploadedAt());
        } catch (RuntimeException e) {
            takeBack(id, version);
            throw e;
        }
        if (updated == null) {
            takeBack(id, version);
            throw new DocumentConflictException(id);
        }
        published(updated, DocumentChanged.Change.NEW_VERSION);
        return updated;
    }

    private VersionRecord storeFile(DocumentId id, int number, StagedFile file, String uploadedBy) {
        hashes.claim(file.sha256(), id.value(), number).ifPresent(holder -> {
            throw new HashTaken(holder);
        });
        try {
            String fileId = files.store(file.path(), file.fileName(), file.mediaType(), id.value(), number,
                    file.sha256());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            return new VersionRecord(number, fileId, file.fileName(), file.sha256(), file.size(), file.mediaType(),
                    ExtractionRecord.PENDING, uploadedBy, now);
        } catch (RuntimeException e) {
            hashes.release(file.sha256(), id.value(), number);
            throw e;
        }
    }

    private void takeBack(DocumentId id, VersionRecord version) {
        files.delete(version.fileId());
        hashes.release(version.sha256(), id.value(), version.number());
    }

    private void published(DocumentRecord record, DocumentChanged.Change change) {
        events.publishEvent(new DocumentChanged(new DocumentId(record.id()), record.changeSeq(), change));
        extraction.submit(record.id(), record.latest().number());
    }
}
