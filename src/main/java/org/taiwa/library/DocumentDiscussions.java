package org.taiwa.library;

import java.util.List;

/**
 * The discussions about documents, for the document page and the model map. Implemented by the
 * discussion module once posts can attach documents; until then (no bean) the library shows none.
 * Implementations return only threads the current member may read.
 */
public interface DocumentDiscussions {

    /** Threads whose posts link the document. */
    List<DiscussionLink> linking(DocumentId document);

    /** Threads about an implementation model at a policy stage; {@code stage} null means the model in general. */
    List<DiscussionLink> about(ImplementationModel model, PolicyStage stage);

    /** Knows no discussions. */
    DocumentDiscussions NONE = new DocumentDiscussions() {
        @Override
        public List<DiscussionLink> linking(DocumentId document) {
            return List.of();
        }

        @Override
        public List<DiscussionLink> about(ImplementationModel model, PolicyStage stage) {
            return List.of();
        }
    };
}
