package org.taiwa.security.policy;

import java.util.Optional;

/** Policy documents of the library: visibility decides who reads; uploaders and the secretariat change them. */
public final class DocumentPolicy {

    /**
     * What the policy needs to know about a document.
     *
     * @param space the space a {@link Visibility#MEMBERS_ONLY} document belongs to
     */
    public record Document(Visibility visibility, Optional<SpacePolicy.Space> space, String uploaderUsername) {
    }

    private DocumentPolicy() {
    }

    public static boolean canRead(Viewer viewer, Document document) {
        return switch (document.visibility()) {
            case PUBLIC -> true;
            case ALL_MUNICIPALITIES -> viewer.signedIn();
            case MEMBERS_ONLY -> viewer.isSecretariat() || isUploader(viewer, document)
                    || document.space().map(space -> SpacePolicy.canRead(viewer, space)).orElse(false);
        };
    }

    /** Any signed-in member, academic or the secretariat may upload. */
    public static boolean canUpload(Viewer viewer) {
        return viewer.signedIn();
    }

    /** New versions, metadata, visibility: the uploader and the secretariat. */
    public static boolean canEdit(Viewer viewer, Document document) {
        return isUploader(viewer, document) || viewer.isSecretariat();
    }

    public static boolean canDelete(Viewer viewer, Document document) {
        return canEdit(viewer, document);
    }

    private static boolean isUploader(Viewer viewer, Document document) {
        return viewer.signedIn() && viewer.username().equals(document.uploaderUsername());
    }
}
