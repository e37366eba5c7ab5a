package org.taiwa.library;

import java.util.List;
import java.util.Optional;

/**
 * What the library needs from the discussion spaces, without depending on the discussion module (which
 * depends on the library for attachments). Implemented by the discussion module; without an
 * implementation the library knows no spaces, so members-only documents are read by their uploader
 * and the secretariat only.
 */
public interface LibrarySpaces {

    /** The space with that id, whoever asks (the library applies {@code DocumentPolicy} itself). */
    Optional<SpaceRef> find(String spaceId);

    /** The spaces the current member may read. */
    List<SpaceRef> readable();

    /** Knows no spaces. */
    LibrarySpaces NONE = new LibrarySpaces() {
        @Override
        public Optional<SpaceRef> find(String spaceId) {
            return Optional.empty();
        }

        @Override
        public List<SpaceRef> readable() {
            return List.of();
        }
    };
}
