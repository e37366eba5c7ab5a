package org.taiwa.search;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.Spaces;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.search.internal.SearchEngine;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.policy.Viewer;

/**
 * One search over library documents and discussion posts, for the current member or visitor. The words are
 * read leniently ({@code "…"} phrase, {@code -word} excluded, several words all required, repairs reported as
 * notices, never an exception for what was typed). What the member may read is a filter inside the query, so
 * hits, totals, facet counts, suggestions and "did you mean" never show anything else
 * (docs/decisions/0013-search-index.md).
 */
@Service
public class SearchService {

    /** The most suggestions one call returns. */
    public static final int MAX_SUGGESTIONS = 10;

    private final SearchEngine engine;
    private final Spaces spaces;
    private final CurrentMember currentMember;

    SearchService(SearchEngine engine, Spaces spaces, CurrentMember currentMember) {
        this.engine = engine;
        this.spaces = spaces;
        this.currentMember = currentMember;
    }

    public SearchResult search(SearchQuery query) {
        return engine.search(query, readable());
    }

    /** Titles and frequent words that complete what was typed so far. */
    public List<Suggestion> suggest(String typed, int limit) {
        return engine.suggest(typed, readable(), Math.max(1, Math.min(limit, MAX_SUGGESTIONS)));
    }

    /** The spaces the member may read, for naming the space facet's values. */
    public List<Space> readableSpaces() {
        return spaces.readable();
    }

    /** {@code DocumentPolicy} and {@code SpacePolicy} for the current member, as a filter. */
    private ReadableDocuments readable() {
        Viewer viewer = Viewer.of(currentMember.get());
        return new ReadableDocuments(viewer.isSecretariat(), viewer.signedIn(), viewer.username(),
                spaces.readable().stream().map(space -> space.id().value()).collect(Collectors.toSet()));
    }
}
