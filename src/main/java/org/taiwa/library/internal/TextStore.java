package org.taiwa.library.internal;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The {@code document_texts} collection: one text per version, replaced whole when read again. */
@Component
public class TextStore {

    private final MongoTemplate mongo;

    TextStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void save(DocumentText text) {
        mongo.save(text);
    }

    public Optional<DocumentText> find(String documentId, int version) {
        return Optional.ofNullable(mongo.findById(DocumentText.idOf(documentId, version), DocumentText.class));
    }
}
