package org.taiwa.search.internal;

/** Names of the index's fields, in one place for the writer, the queries and the tests. */
final class Fields {

    /** {@code document:<id>} or {@code post:<id>}: what an update replaces. */
    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String THREAD = "thread";
    static final String SEQ = "seq";
    static final String URL = "url";
    static final String DATE = "date";

    static final String TITLE = "title";
    static final String TITLE_JA = "title_ja";
    static final String TITLE_BI = "title_bi";
    /** The title folded by {@link TextNormalizer}, untokenised: prefix suggestions. */
    static final String TITLE_KEY = "title_key";
    static final String BODY = "body";
    /**
     * Title, metadata and text as Kuromoji words, the parts apart by a position gap: what a word must match
     * (here or in {@link #ALL_BI}); {@link #TITLE_JA} and {@link #META_JA} only add to the score.
     */
    static final String ALL_JA = "all_ja";
    static final String META_JA = "meta_ja";
    /** Title, metadata and text in one bigram field: one phrase per word is the safety net for all three. */
    static final String ALL_BI = "all_bi";

    /** Who may read it (see {@link AccessFilter}). */
    static final String VISIBILITY = "visibility";
    static final String SPACE = "space";
    static final String OWNER = "owner";

    /** Facet dimensions, also stored or indexed as plain terms for filters. */
    static final String TYPE = "type";
    static final String YEAR = "year";
    static final String MUNICIPALITY = "municipality";
    static final String MODEL = "model";
    static final String STAGE = "stage";

    private Fields() {
    }
}
