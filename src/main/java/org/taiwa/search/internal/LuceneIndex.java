package org.taiwa.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index in one directory: the single {@link IndexWriter} and a {@link SearcherManager}. The change
 * position it has applied is stored in the commit's user data together with the rest of the commit, so a
 * crash loses nothing that the stored position claims (docs/decisions/0013-search-index.md).
 */
final class LuceneIndex implements Closeable {

    /** Commit data: the applied change position (the {@link Watermark}). */
    static final String POSITION = "taiwa.position";
    /** Commit data: "true" once it caught up with MongoDB from scratch at least once. */
    static final String COMPLETE = "taiwa.complete";
    /** Commit data: the analysis and field layout; another value means the index must be rebuilt. */
    static final String SCHEMA = "taiwa.schema";
    static final String SCHEMA_VERSION = "3";
    /** Commit data: the identity of the database it was built from (storage's DatabaseIdentity). */
    static final String DATABASE = "taiwa.database";

    /** A searcher function that may read the index (and fail only as Lucene does). */
    interface Read<T> {
        T apply(IndexSearcher searcher, SortedSetDocValuesReaderState facets) throws IOException;
    }

    /**
     * Threads that search the slices of one query side by side. Shared by every index of the process (a
     * rebuild opens a second one) and sized to the processors: more would only queue on the same cores.
     */
    static final ExecutorService SLICE_THREADS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().daemon().name("search-slice-", 1).factory());

    private final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean complete;
    private volatile long position;
    private volatile String database;
    private FacetCache facetCache = new FacetCache(null, null);

    private record FacetCache(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private LuceneIndex(Path path, Analyzer analyzer) throws IOException {
        this.path = path;
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        Map<String, String> data = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false).setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SlicedSearchers());
        this.position = Long.parseLong(data.getOrDefault(POSITION, "0"));
        this.complete = Boolean.parseBoolean(data.getOrDefault(COMPLETE, "false"));
        this.database = data.get(DATABASE);
    }

    static LuceneIndex open(Path path, Analyzer analyzer) {
        try {
            return new LuceneIndex(path, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path, e);
        }
    }

    /** The commit data of the index in {@code path}, empty if there is none. */
    static Map<String, String> commitData(Path path) {
        try (var dir = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(dir) ? SegmentInfos.readLatestCommit(dir).getUserData() : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    Path path() {
        return path;
    }

    /**
     * The change position applied and searchable: the one stored with the last commit, or a later one {@link
     * #publish(long) published} since. A reopened index starts from the stored one.
     */
    long position() {
        return position;
    }

    boolean complete() {
        return complete;
    }

    /** The database it was built from; null if not known (an index older than this field, or not yet stamped). */
    String database() {
        return database;
    }

    /** Records the database this index follows, with the next commit; an index keeps the first one. */
    void stamp(String databaseId) {
        if (database == null) {
            database = databaseId;
        }
    }

    void apply(Change change) throws IOException {
        switch (change) {
            case Change.Upsert upsert -> writer.updateDocument(new Term(Fields.KEY, upsert.item().key()),
                    ItemDocuments.of(upsert.item()));
            case Change.Remove remove -> writer.deleteDocuments(new Term(Fields.KEY, remove.key()));
            case Change.ReplaceThread thread -> {
                writer.deleteDocuments(new Term(Fields.THREAD, thread.threadId()));
                for (IndexedItem post : thread.posts()) {
                    writer.updateDocument(new Term(Fields.KEY, post.key()), ItemDocuments.of(post));
                }
            }
        }
    }

    /** Makes everything applied durable together with the position, then visible to new searches. */
    void commit(long newPosition, boolean nowComplete) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(POSITION, Long.toString(newPosition));
        data.put(COMPLETE, Boolean.toString(nowComplete || complete));
        data.put(SCHEMA, SCHEMA_VERSION);
        if (database != null) {
            data.put(DATABASE, database);
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        position = newPosition;
        complete = nowComplete || complete;
        searchers.maybeRefreshBlocking();
    }

    /**
     * Makes everything applied visible to new searches and counts it as applied up to the position, without a commit:
     * a crash loses it, the stored position does not claim it, and a restart applies it again.
     */
    void publish(long appliedPosition) throws IOException {
        searchers.maybeRefreshBlocking();
        position = appliedPosition;
    }

    /** Makes applied changes visible without a commit (a crash loses them, the position does not claim them). */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Runs a read on a searcher, released afterwards whatever happens. */
    <T> T read(Read<T> read) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return read.apply(searcher, facets(searcher.getIndexReader()));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The keys and change positions of everything indexed: for tests that compare the index with MongoDB. */
    Map<String, Long> contents() throws IOException {
        return read((searcher, facets) -> {
            var contents = new HashMap<String, Long>();
            var storedFields = searcher.storedFields();
            var reader = searcher.getIndexReader();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    var d = storedFields.document(doc, java.util.Set.of(Fields.KEY, Fields.SEQ));
                    contents.put(d.get(Fields.KEY), d.getField(Fields.SEQ).numericValue().longValue());
                }
            }
            return contents;
        });
    }

    int count() throws IOException {
        return read((searcher, facets) -> searcher.getIndexReader().numDocs());
    }

    /** The facet ordinals of the reader, built once per reader (each refresh). Null while nothing has facets. */
    private synchronized SortedSetDocValuesReaderState facets(IndexReader reader) throws IOException {
        if (facetCache.reader() != reader) {
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, ItemDocuments.FACETS);
            } catch (IllegalArgumentException noFacetsYet) {
                state = null;
            }
            facetCache = new FacetCache(reader, state);
        }
        return facetCache.state();
    }

    @Override
    public void close() throws IOException {
        facetCache = new FacetCache(null, null);
        try {
            searchers.close();
        } finally {
            writer.rollback();
            directory.close();
        }
    }

    /**
     * Searchers that split a query's work into one slice per processor. Every search counts all its hits and
     * facets (no early stop), so its time grows with the hits; slices run that scan on all cores at once.
     */
    private static final class SlicedSearchers extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new IndexSearcher(reader, SLICE_THREADS) {
                @Override
                protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                    int processors = Runtime.getRuntime().availableProcessors();
                    int perSlice = Math.max(1, reader.maxDoc() / processors + 1);
                    return slices(leaves, perSlice, Integer.MAX_VALUE, false);
                }
            };
        }
    }

    /** Deletes what is left of an index directory. */
    static void deleteDirectory(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
