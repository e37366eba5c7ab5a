/**
 * Search: one Lucene index per node over library documents and discussion posts, Japanese analysis
 * (Kuromoji with a user dictionary, folding, bigrams), queries with synonyms and era years, the member's
 * permissions inside every query, and sync from MongoDB by change positions. Its API is
 * {@link org.taiwa.search.SearchService} and {@link org.taiwa.search.SearchAdmin} with their records; no
 * Lucene type leaves the module. See docs/decisions/0013-search-index.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"library", "discussion", "directory", "security", "security :: policy", "storage",
            "shell", "audit"})
package org.taiwa.search;
