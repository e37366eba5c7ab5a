package org.taiwa.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.util.unit.DataSize;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentChanged;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.DocumentType;
import org.taiwa.library.Extraction;
import org.taiwa.library.ExtractionFinished;
import org.taiwa.library.ExtractionReason;
import org.taiwa.library.ExtractionStatus;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.LibraryProperties;
import org.taiwa.library.internal.DocumentRecord.ExtractionRecord;
import org.taiwa.library.internal.DocumentRecord.VersionRecord;
import org.taiwa.security.policy.Visibility;
import org.taiwa.storage.Sequences;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import com.mongodb.client.MongoClient;

/**
 * The extraction queue on its own, as a node would run it: a parser that hangs without output is abandoned at
 * the hard limit and the next file is still read; a version that a crash left pending is read by the sweep of
 * the next start. Each test has a database of its own on the test server, so the application's own queue
 * never picks up these documents.
 */
@TaiwaIntegrationTest
class ExtractionQueueIT {

    /** The extractor's own deadline; the queue stops a silent parser 5 s (its grace) after it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration HARD_LIMIT = TIMEOUT.plusSeconds(5);

    @Autowired
    MongoClient client;
    @Autowired
    Sequences sequences;
    @Autowired
    TikaConfig tika;

    @TempDir
    Path dir;

    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final List<ExtractionQueue> queues = new CopyOnWriteArrayList<>();
    private String database;
    private DocumentStore documents;
    private TextStore texts;
    private OriginalFiles files;

    @BeforeEach
    void ownDatabase() {
        database = "extraction-" + UUID.randomUUID().toString().substring(0, 8);
        var mongo = new MongoTemplate(client, database);
        documents = new DocumentStore(mongo);
        texts = new TextStore(mongo);
        files = new OriginalFiles(new SimpleMongoClientDatabaseFactory(client, database), mongo.getConverter());
    }

    @AfterEach
    void dropIt() {
        HangingParser.release();
        queues.forEach(ExtractionQueue::stop);
        client.getDatabase(database).drop();
    }

    @Test
    void a_parser_that_hangs_without_output_is_stopped_at_the_hard_limit_and_the_next_file_is_still_read()
            throws Exception {
        ExtractionQueue queue = queue(new TextExtractor(new TikaConfig(HangingParser.config()), limits()));
        String hanging = pending(HangingParser.HANG + " 出力のない解析");
        String waiting = pending("平成23年度 自治体委員会 議事録");
        long start = System.nanoTime();
        queue.submit(hanging, 1);
        queue.submit(waiting, 1);

        await().atMost(HARD_LIMIT.plusSeconds(10)).until(() -> extraction(hanging).status().done());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Extraction stopped = extraction(hanging);
        assertThat(stopped.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(stopped.reason()).isEqualTo(ExtractionReason.TIME_LIMIT);
        assertThat(took).isBetween(HARD_LIMIT.minusMillis(100), HARD_LIMIT.plusSeconds(4));
        assertThat(HangingParser.hanging()).as("the parser ignores the interrupt and is still stuck").isEqualTo(1);

        // the file that waited behind it, and one that comes later, are read although that parser never returns
        await().atMost(Duration.ofSeconds(10)).until(() -> extraction(waiting).status().done());
        assertThat(extraction(waiting).status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(texts.find(waiting, 1).orElseThrow().text()).contains("自治体委員会 議事録");
        String later = pending("カーボン・オフセットの共同購入");
        queue.submit(later, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> extraction(later).status().done());
        assertThat(extraction(later).status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ExtractionFinished.class, f -> {
            assertThat(f.document()).isEqualTo(new DocumentId(hanging));
            assertThat(f.needsAttention()).isTrue();
        }));
    }

    @Test
    void a_version_a_crash_left_pending_is_read_by_the_sweep_after_the_next_start() throws IOException {
        // as a crash leaves it: stored and recorded, but never queued, and nobody calls submit
        String left = pending("温室効果ガス排出量の算定 再起動後に読む");
        assertThat(extraction(left).status()).isEqualTo(ExtractionStatus.PENDING);

        long start = System.nanoTime();
        queue(new TextExtractor(tika, limits()));
        await().atMost(Duration.ofSeconds(20)).until(() -> extraction(left).status().done());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the first sweep runs 5 s after the start")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        assertThat(extraction(left).status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(texts.find(left, 1).orElseThrow().text()).contains("再起動後に読む");
        DocumentRecord record = documents.find(left).orElseThrow();
        // the search index follows the change position and is woken by the event
        assertThat(events).contains(new DocumentChanged(new DocumentId(left), record.changeSeq(),
                DocumentChanged.Change.EXTRACTED));
    }

    /** A queue as a fresh start makes it (its first sweep 5 s later), publishing into {@link #events}. */
    private ExtractionQueue queue(TextExtractor extractor) {
        var properties = new LibraryProperties(DataSize.ofMegabytes(50), 100_000, TIMEOUT, 1, 10, 100, 10, 3_000,
                false);
        var queue = new ExtractionQueue(documents, texts, files, sequences, events::add, extractor, properties);
        queues.add(queue);
        return queue;
    }

    private static TextExtractor.Limits limits() {
        return new TextExtractor.Limits(100_000, TIMEOUT, 100, 10);
    }

    /** A document with one stored text file whose extraction is pending. */
    private String pending(String text) throws IOException {
        String id = UUID.randomUUID().toString();
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve(id + ".txt"), content);
        String sha256 = UUID.randomUUID().toString();
        String fileId = files.store(file, "notes.txt", "text/plain", id, 1, sha256);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var version = new VersionRecord(1, fileId, "notes.txt", sha256, content.length, "text/plain",
                ExtractionRecord.PENDING, "staff.minato", now);
        var metadata = new DocumentMetadata("抽出の試験 " + id, "", DocumentType.MINUTES, FiscalYear.of(2011),
                List.of(new MunicipalityId("minato")), null, null, null, List.of(), Visibility.ALL_MUNICIPALITIES, "");
        documents.insert(DocumentRecord.create(new DocumentId(id), metadata, "staff.minato", now, version,
                sequences.next(Sequences.CHANGES)));
        return id;
    }

    private Extraction extraction(String id) {
        return documents.find(id).orElseThrow().latest().extraction().toExtraction();
    }

    /**
     * Reads plain text, except a file starting with {@link #HANG}: then it neither writes nor returns, and
     * ignores interrupts, like a parser stuck in a loop, until the test ends. Tika makes it from its class name.
     */
    public static final class HangingParser implements Parser {

        static final String HANG = "HANG";
        private static volatile CountDownLatch released = new CountDownLatch(1);
        private static final AtomicInteger HANGING = new AtomicInteger();

        static InputStream config() {
            released = new CountDownLatch(1);
            return new ByteArrayInputStream(("<properties><parsers><parser class=\"" + HangingParser.class.getName()
                    + "\"/></parsers></properties>").getBytes(StandardCharsets.UTF_8));
        }

        static int hanging() {
            return HANGING.get();
        }

        static void release() {
            released.countDown();
        }

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.TEXT_PLAIN);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException {
            String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith(HANG)) {
                HANGING.incrementAndGet();
                try {
                    while (true) {
                        try {
                            released.await();
                            return;
                        } catch (InterruptedException ignored) {
                            // stuck parsers do not stop when asked
                        }
                    }
                } finally {
                    HANGING.decrementAndGet();
                }
            }
            var xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            xhtml.element("p", text);
            xhtml.endDocument();
        }
    }
}
