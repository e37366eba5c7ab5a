package org.taiwa.library;

import java.util.List;

/**
 * One cell of the model map: an implementation model at a policy stage, with its documents and
 * discussions. {@code stage} is null for the documents about the model in general.
 */
public record ModelMapCell(ImplementationModel model, PolicyStage stage, List<PolicyDocument> documents,
                           List<DiscussionLink> discussions) {

    public ModelMapCell {
        java.util.Objects.requireNonNull(model, "model");
        documents = List.copyOf(documents);
        discussions = List.copyOf(discussions);
    }
}
