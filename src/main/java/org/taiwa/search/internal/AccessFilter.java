package org.taiwa.search.internal;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.search.HitKind;
import org.taiwa.security.policy.Visibility;

/**
 * What one member may read, as a filter inside every query (hits, facet counts, suggestions, "did you mean"),
 * so that nothing is dropped after the fact and nothing leaks through a count. Documents follow
 * {@link ReadableDocuments#permits} (the library's {@code DocumentPolicy} turned inside out); posts are read in
 * the spaces the member may read. Hidden and deleted posts are not in the index at all.
 */
final class AccessFilter {

    private AccessFilter() {
    }

    static Query of(ReadableDocuments readable) {
        return new BooleanQuery.Builder()
                .add(documents(readable), Occur.SHOULD)
                .add(posts(readable), Occur.SHOULD)
                .build();
    }

    private static Query documents(ReadableDocuments readable) {
        var visible = new BooleanQuery.Builder();
        if (readable.everything()) {
            visible.add(new MatchAllDocsQuery(), Occur.SHOULD);
        }
        visible.add(term(Fields.VISIBILITY, Visibility.PUBLIC.name()), Occur.SHOULD);
        if (readable.signedIn()) {
            visible.add(term(Fields.VISIBILITY, Visibility.ALL_MUNICIPALITIES.name()), Occur.SHOULD);
        }
        var membersOnly = new BooleanQuery.Builder()
                .add(term(Fields.VISIBILITY, Visibility.MEMBERS_ONLY.name()), Occur.FILTER);
        var theirs = new BooleanQuery.Builder().add(inSpaces(readable), Occur.SHOULD);
        if (readable.signedIn() && !readable.username().isEmpty()) {
            theirs.add(term(Fields.OWNER, readable.username()), Occur.SHOULD);
        }
        membersOnly.add(theirs.build(), Occur.FILTER);
        visible.add(membersOnly.build(), Occur.SHOULD);
        return new BooleanQuery.Builder()
                .add(term(Fields.KIND, HitKind.DOCUMENT.code()), Occur.FILTER)
                .add(visible.build(), Occur.FILTER)
                .build();
    }

    private static Query posts(ReadableDocuments readable) {
        return new BooleanQuery.Builder()
                .add(term(Fields.KIND, HitKind.POST.code()), Occur.FILTER)
                .add(inSpaces(readable), Occur.FILTER)
                .build();
    }

    private static Query inSpaces(ReadableDocuments readable) {
        if (readable.spaceIds().isEmpty()) {
            return new MatchNoDocsQuery("no readable space");
        }
        List<BytesRef> ids = readable.spaceIds().stream().sorted().map(BytesRef::new).toList();
        return new TermInSetQuery(Fields.SPACE, ids);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
