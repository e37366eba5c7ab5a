package org.taiwa.search;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.search.internal.SearchEngine;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;

/**
 * The secretariat's side of search: the index's state, a rebuild from MongoDB while search keeps answering,
 * and the synonym list. Each change is recorded in the audit log.
 *
 * @throws AccessDeniedException (rebuild, synonyms) unless the current member is the secretariat
 */
@Service
public class SearchAdmin {

    /** The longest synonym list, in characters. */
    public static final int MAX_SYNONYMS = 20_000;

    private final SearchEngine engine;
    private final CurrentMember currentMember;
    private final AuditLog audit;

    SearchAdmin(SearchEngine engine, CurrentMember currentMember, AuditLog audit) {
        this.engine = engine;
        this.currentMember = currentMember;
        this.audit = audit;
    }

    public IndexStatus status() {
        Permissions.require(SpacePolicy.canManage(viewer()), "see the search index");
        return engine.status();
    }

    /** Starts a rebuild; false if one is running already. */
    public boolean rebuild() {
        Viewer viewer = viewer();
        Permissions.require(SpacePolicy.canManage(viewer), "rebuild the search index");
        boolean started = engine.rebuild();
        if (started) {
            audit.record(viewer.username(), "search.rebuild", "search-index", "", "");
        }
        return started;
    }

    /** The synonym list: one group per line, members separated by commas. */
    public String synonyms() {
        Permissions.require(SpacePolicy.canManage(viewer()), "see the search synonyms");
        return engine.synonyms();
    }

    /**
     * Replaces the synonym list; it applies to the next searches on every node, without reindexing.
     *
     * @throws InvalidSearchException for a list longer than {@link #MAX_SYNONYMS}
     */
    public void saveSynonyms(String text) {
        Viewer viewer = viewer();
        Permissions.require(SpacePolicy.canManage(viewer), "change the search synonyms");
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_SYNONYMS) {
            throw new InvalidSearchException("search.error.synonyms-too-long",
                    "The synonym list may have at most " + MAX_SYNONYMS + " characters.", MAX_SYNONYMS);
        }
        engine.saveSynonyms(clean, viewer.username());
        audit.record(viewer.username(), "search.synonyms", "search-synonyms", clean.lines().count() + " lines", "");
    }

    private Viewer viewer() {
        return Viewer.of(currentMember.get());
    }
}
