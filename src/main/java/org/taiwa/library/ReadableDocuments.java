package org.taiwa.library;

import java.util.Objects;
import java.util.Set;

import org.taiwa.security.policy.DocumentPolicy;
import org.taiwa.security.policy.Visibility;

/**
 * Which documents one member may read, as a filter a query can apply ({@link DocumentPolicy#canRead}
 * turned inside out): lists and search filter in the database or the index instead of reading
 * everything and dropping rows.
 *
 * @param everything the secretariat, who reads all documents
 * @param spaceIds   the spaces the member may read: their members-only documents are readable
 */
public record ReadableDocuments(boolean everything, boolean signedIn, String username, Set<String> spaceIds) {

    public ReadableDocuments {
        username = Objects.requireNonNullElse(username, "");
        spaceIds = Set.copyOf(spaceIds);
    }

    /** The same answer as {@link DocumentPolicy#canRead} for a document with these facts. */
    public boolean permits(Visibility visibility, String spaceId, String uploadedBy) {
        return switch (visibility) {
            case PUBLIC -> true;
            case ALL_MUNICIPALITIES -> signedIn;
            case MEMBERS_ONLY -> everything || (signedIn && username.equals(uploadedBy))
                    || (spaceId != null && spaceIds.contains(spaceId));
        };
    }
}
