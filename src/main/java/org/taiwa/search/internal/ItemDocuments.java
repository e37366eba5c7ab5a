package org.taiwa.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** An {@link IndexedItem} as a Lucene document: stored for display, indexed for queries, facets for counts. */
final class ItemDocuments {

    static final FacetsConfig FACETS = facetsConfig();

    private ItemDocuments() {
    }

    static Document of(IndexedItem item) {
        var doc = new Document();
        doc.add(new StringField(Fields.KEY, item.key(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, item.kind().code(), Field.Store.YES));
        doc.add(new StoredField(Fields.ID, item.id()));
        if (item.threadId() != null) {
            doc.add(new StringField(Fields.THREAD, item.threadId(), Field.Store.NO));
        }
        doc.add(new StoredField(Fields.SEQ, item.changeSeq()));
        doc.add(new StoredField(Fields.URL, item.url() == null ? "" : item.url()));
        doc.add(new NumericDocValuesField(Fields.DATE, item.date().toEpochMilli()));
        doc.add(new StoredField(Fields.DATE, item.date().toEpochMilli()));

        doc.add(new StoredField(Fields.TITLE, item.title()));
        if (item.ownTitle()) {
            doc.add(new TextField(Fields.TITLE_JA, item.title(), Field.Store.NO));
            doc.add(new TextField(Fields.TITLE_BI, item.title(), Field.Store.NO));
            doc.add(new StringField(Fields.TITLE_KEY, TextNormalizer.normalize(item.title()), Field.Store.NO));
        }
        doc.add(new StoredField(Fields.BODY, item.body()));
        doc.add(new TextField(Fields.META_JA, item.meta(), Field.Store.NO));
        // one field to match a word against, so that a query needs two clauses per word, not four
        if (item.ownTitle()) {
            doc.add(new TextField(Fields.ALL_JA, item.title(), Field.Store.NO));
        }
        doc.add(new TextField(Fields.ALL_JA, item.meta(), Field.Store.NO));
        doc.add(new TextField(Fields.ALL_JA, item.body(), Field.Store.NO));
        // the title only if it is the item's own: a reply is not found by its thread's title
        doc.add(new TextField(Fields.ALL_BI, (item.ownTitle() ? item.title() : "") + "\n" + item.meta() + "\n"
                + item.body(), Field.Store.NO));

        doc.add(new StringField(Fields.VISIBILITY, item.visibility().name(), Field.Store.NO));
        if (item.spaceId() != null) {
            doc.add(new StringField(Fields.SPACE, item.spaceId(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Fields.SPACE, item.spaceId()));
        }
        if (!item.owner().isEmpty()) {
            doc.add(new StringField(Fields.OWNER, item.owner(), Field.Store.NO));
        }
        doc.add(new SortedSetDocValuesFacetField(Fields.KIND, item.kind().code()));
        facet(doc, Fields.TYPE, item.type());
        if (item.fiscalYear() != null) {
            facet(doc, Fields.YEAR, String.valueOf(item.fiscalYear()));
            doc.add(new StoredField(Fields.YEAR, item.fiscalYear()));
        }
        for (String municipality : item.municipalities()) {
            facet(doc, Fields.MUNICIPALITY, municipality);
            doc.add(new StoredField(Fields.MUNICIPALITY, municipality));
        }
        facet(doc, Fields.MODEL, item.model());
        facet(doc, Fields.STAGE, item.stage());
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("facet fields of a document in memory", e);
        }
    }

    /** A plain term for filters beside the facet value for counts. */
    private static void facet(Document doc, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(dimension, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(dimension, value));
        }
    }

    private static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        config.setMultiValued(Fields.MUNICIPALITY, true);
        return config;
    }
}
