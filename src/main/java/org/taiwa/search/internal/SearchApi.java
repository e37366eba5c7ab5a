package org.taiwa.search.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.library.FiscalYear;
import org.taiwa.search.Facet;
import org.taiwa.search.Hit;
import org.taiwa.search.HitKind;
import org.taiwa.search.InvalidSearchException;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchResult;
import org.taiwa.search.SearchService;
import org.taiwa.search.SearchSort;
import org.taiwa.search.Suggestion;

/**
 * {@code GET /api/search} and {@code GET /api/search/suggestions}. Whatever the words are, the answer is 200
 * with hits or notices; only filters and paging out of range give 400.
 */
@RestController
@RequestMapping(path = "/api/search", produces = "application/json")
class SearchApi {

    /** The English texts of the notices (the UI shows them from the i18n bundles). */
    private static final Map<String, String> NOTICES = Map.of(
            UserQuery.NOTICE_TRUNCATED, "The query was too long; only its beginning was searched.",
            UserQuery.NOTICE_UNCLOSED_QUOTE, "A quotation mark was not closed; it was closed at the end.",
            UserQuery.NOTICE_TOO_MANY_WORDS, "Only the first " + UserQuery.MAX_CLAUSES + " words were searched.",
            IndexSearch.NOTICE_NOTHING, "The query has no words to search for.",
            "search.notice.too-complex", "The query is too complex; use fewer words.");

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    record HitJson(String kind, String id, String title, String snippet, String url, Integer fiscalYear,
                   List<String> municipalities, float score) {
    }

    record ValueJson(String value, int count) {
    }

    record NoticeJson(String code, String message) {
    }

    record ResultJson(long total, List<HitJson> hits, Map<String, List<ValueJson>> facets, String suggestion,
                      List<NoticeJson> notices) {
    }

    @GetMapping
    ResultJson search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) String type, @RequestParam(required = false) String year,
                      @RequestParam(required = false) String municipality,
                      @RequestParam(required = false) String space, @RequestParam(required = false) String model,
                      @RequestParam(required = false) String stage, @RequestParam(required = false) String sort,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size) {
        if (kind != null && !kind.isBlank() && HitKind.parse(kind).isEmpty()) {
            throw new InvalidSearchException("search.error.kind", "kind must be document or post");
        }
        Integer fiscalYear = year == null || year.isBlank() ? null : FiscalYear.parse(year).map(FiscalYear::year)
                .orElseThrow(() -> new InvalidSearchException("search.error.year",
                        "year must be a fiscal year such as 2011 or 平成23年度"));
        SearchSort order = SearchSort.parse(sort).orElseThrow(() -> new InvalidSearchException("search.error.sort",
                "sort must be relevance or date"));
        SearchResult result = search.search(new SearchQuery(q, kind == null ? null : kind.strip().toLowerCase(),
                type, fiscalYear, municipality, space, model, stage, order, page, size));
        Map<String, List<ValueJson>> facets = new LinkedHashMap<>();
        for (Facet facet : result.facets()) {
            facets.put(facet.name(), facet.values().stream().map(v -> new ValueJson(v.value(), v.count())).toList());
        }
        return new ResultJson(result.total(), result.hits().stream().map(SearchApi::json).toList(), facets,
                result.suggestion(), result.notices().stream().sorted()
                        .map(code -> new NoticeJson(code, NOTICES.getOrDefault(code, code))).toList());
    }

    @GetMapping("/suggestions")
    List<Suggestion> suggestions(@RequestParam(defaultValue = "") String q,
                                 @RequestParam(defaultValue = "8") int limit) {
        return search.suggest(q, limit);
    }

    private static HitJson json(Hit hit) {
        return new HitJson(hit.kind().code(), hit.id(), hit.title(), hit.snippet(), hit.url(), hit.fiscalYear(),
                hit.municipalities(), hit.score());
    }
}
