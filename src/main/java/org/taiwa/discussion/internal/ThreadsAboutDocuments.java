package org.taiwa.discussion.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.Spaces;
import org.taiwa.library.DiscussionLink;
import org.taiwa.library.DocumentDiscussions;
import org.taiwa.library.DocumentId;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.LibraryFilter;
import org.taiwa.library.LibrarySort;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.PolicyStage;

/**
 * The library's view of discussions: the threads whose posts attach a document, and for the model map the
 * threads about a model (its working group's threads) or about a model at a stage (threads that attach that
 * cell's documents). Only threads of spaces the current member may read, deleted ones left out.
 */
@Component
class ThreadsAboutDocuments implements DocumentDiscussions {

    private static final int MAX_LINKS = 50;

    private final MongoTemplate mongo;
    private final Spaces spaces;
    private final PolicyLibrary library;

    ThreadsAboutDocuments(MongoTemplate mongo, Spaces spaces, PolicyLibrary library) {
        this.mongo = mongo;
        this.spaces = spaces;
        this.library = library;
    }

    @Override
    public List<DiscussionLink> linking(DocumentId document) {
        return threadsAttaching(List.of(document.value()));
    }

    @Override
    public List<DiscussionLink> about(ImplementationModel model, PolicyStage stage) {
        if (stage == null) {
            var query = Query.query(Criteria.where(ThreadDocument.SPACE_ID).is(model.spaceId())
                    .and(ThreadDocument.DELETED).is(false)).with(Sort.by(Sort.Order.desc(ThreadDocument.LAST_ACTIVITY_AT)))
                    .limit(MAX_LINKS);
            return links(mongo.find(query, ThreadDocument.class));
        }
        var filter = new LibraryFilter("", null, null, null, null, model, stage);
        List<String> documents = library.find(filter, LibrarySort.NEWEST, 0, PolicyLibrary.MAX_PAGE_SIZE).stream()
                .map(d -> d.id().value()).toList();
        return documents.isEmpty() ? List.of() : threadsAttaching(documents);
    }

    private List<DiscussionLink> threadsAttaching(Collection<String> documentIds) {
        var posts = Query.query(Criteria.where(PostDocument.ATTACHMENTS).in(documentIds).and(PostDocument.DELETED)
                .is(false));
        var threadIds = mongo.find(posts, PostDocument.class).stream().filter(p -> !p.hidden())
                .map(PostDocument::threadId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (threadIds.isEmpty()) {
            return List.of();
        }
        var threads = Query.query(Criteria.where("_id").in(threadIds).and(ThreadDocument.DELETED).is(false))
                .with(Sort.by(Sort.Order.desc(ThreadDocument.LAST_ACTIVITY_AT))).limit(MAX_LINKS);
        return links(mongo.find(threads, ThreadDocument.class));
    }

    private List<DiscussionLink> links(List<ThreadDocument> threads) {
        Map<String, Space> readable = spaces.readable().stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        return threads.stream().filter(t -> readable.containsKey(t.spaceId())).map(t -> {
            Space space = readable.get(t.spaceId());
            return new DiscussionLink(t.id(), t.title(), space.nameJa(), space.nameEn(), "threads/" + t.id());
        }).toList();
    }
}
