package org.taiwa.library.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.taiwa.library.DocumentDiscussions;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentNotFoundException;
import org.taiwa.library.LibrarySpaces;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.library.SpaceRef;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.policy.DocumentPolicy;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.Viewer;

/**
 * Who is asking and what {@link DocumentPolicy} says about a stored document, with the spaces and
 * discussions the discussion module provides (or none, when it provides no implementation).
 */
@Component
public class LibraryAccess {

    private final DocumentStore documents;
    private final CurrentMember currentMember;
    private final ObjectProvider<LibrarySpaces> spaces;
    private final ObjectProvider<DocumentDiscussions> discussions;

    LibraryAccess(DocumentStore documents, CurrentMember currentMember, ObjectProvider<LibrarySpaces> spaces,
                  ObjectProvider<DocumentDiscussions> discussions) {
        this.documents = documents;
        this.currentMember = currentMember;
        this.spaces = spaces;
        this.discussions = discussions;
    }

    public Viewer viewer() {
        return Viewer.of(currentMember.get());
    }

    public LibrarySpaces spaces() {
        return spaces.getIfAvailable(() -> LibrarySpaces.NONE);
    }

    public DocumentDiscussions discussions() {
        return discussions.getIfAvailable(() -> DocumentDiscussions.NONE);
    }

    /**
     * @throws DocumentNotFoundException for an unknown or deleted document
     * @throws org.springframework.security.access.AccessDeniedException if the current member may not read it
     */
    public DocumentRecord readable(DocumentId id) {
        DocumentRecord record = documents.find(id.value()).filter(r -> !r.deleted())
                .orElseThrow(() -> new DocumentNotFoundException(id));
        Permissions.require(canRead(record), "read document " + id.value());
        return record;
    }

    /** Readable and changeable by the current member (its uploader or the secretariat). */
    public DocumentRecord editable(DocumentId id) {
        DocumentRecord record = readable(id);
        Permissions.require(canEdit(record), "change document " + id.value());
        return record;
    }

    public DocumentPolicy.Document policy(DocumentRecord record) {
        Optional<SpaceRef> space = record.spaceId() == null ? Optional.empty() : spaces().find(record.spaceId());
        return new DocumentPolicy.Document(record.visibility(), space.map(SpaceRef::policy), record.uploadedBy());
    }

    public boolean canRead(DocumentRecord record) {
        return DocumentPolicy.canRead(viewer(), policy(record));
    }

    public boolean canEdit(DocumentRecord record) {
        return DocumentPolicy.canEdit(viewer(), policy(record));
    }

    /** The current member's readable documents, as a filter for queries. */
    public ReadableDocuments readable() {
        Viewer viewer = viewer();
        List<SpaceRef> readableSpaces = spaces().readable();
        return new ReadableDocuments(viewer.isSecretariat(), viewer.signedIn(), viewer.username(),
                readableSpaces.stream().map(SpaceRef::id).collect(Collectors.toSet()));
    }
}
