package org.taiwa.library.internal;

import java.util.Objects;

import org.springframework.stereotype.Component;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.InvalidDocumentException;
import org.taiwa.library.SpaceRef;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;

/** What {@link DocumentMetadata} cannot check by itself: that its municipalities and space exist. */
@Component
public class MetadataCheck {

    private final Municipalities municipalities;
    private final LibraryAccess access;

    MetadataCheck(Municipalities municipalities, LibraryAccess access) {
        this.municipalities = municipalities;
        this.access = access;
    }

    /**
     * @param previousSpaceId the space the document had before an edit (null for a new one): filing a
     *                        document in a space needs the right to post there, keeping it there does not
     * @throws InvalidDocumentException for an unknown municipality or space
     * @throws org.springframework.security.access.AccessDeniedException for a space the member may not post in
     */
    public void check(DocumentMetadata metadata, Viewer viewer, String previousSpaceId) {
        municipalities.requireKnown(metadata.municipalities());
        if (metadata.spaceId() == null) {
            return;
        }
        SpaceRef space = access.spaces().find(metadata.spaceId())
                .orElseThrow(() -> new InvalidDocumentException("library.error.unknown-space",
                        "There is no space " + metadata.spaceId() + ".", metadata.spaceId()));
        if (!Objects.equals(previousSpaceId, metadata.spaceId())) {
            Permissions.require(SpacePolicy.canPost(viewer, space.policy()), "file documents in space " + space.id());
        }
    }
}
