package org.taiwa.discussion.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.Spaces;
import org.taiwa.library.LibrarySpaces;
import org.taiwa.library.SpaceRef;

/** The spaces as the library sees them: names and what its document policy needs (discussion → library). */
@Component
class LibrarySpacesAdapter implements LibrarySpaces {

    private final MongoTemplate mongo;
    private final Spaces spaces;

    LibrarySpacesAdapter(MongoTemplate mongo, Spaces spaces) {
        this.mongo = mongo;
        this.spaces = spaces;
    }

    @Override
    public Optional<SpaceRef> find(String spaceId) {
        return Optional.ofNullable(spaceId).map(id -> mongo.findById(id, SpaceDocument.class))
                .map(SpaceDocument::toSpace).map(LibrarySpacesAdapter::ref);
    }

    @Override
    public List<SpaceRef> readable() {
        return spaces.readable().stream().map(LibrarySpacesAdapter::ref).toList();
    }

    private static SpaceRef ref(Space space) {
        return new SpaceRef(space.id().value(), space.nameJa(), space.nameEn(), space.forPolicy());
    }
}
