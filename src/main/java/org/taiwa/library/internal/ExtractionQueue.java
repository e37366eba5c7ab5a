package org.taiwa.library.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.taiwa.library.DocumentChanged;
import org.taiwa.library.DocumentId;
import org.taiwa.library.ExtractionFinished;
import org.taiwa.library.ExtractionReason;
import org.taiwa.library.ExtractionStatus;
import org.taiwa.library.LibraryProperties;
import org.taiwa.library.internal.DocumentRecord.ExtractionRecord;
import org.taiwa.library.internal.DocumentRecord.VersionRecord;
import org.taiwa.storage.Sequences;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jakarta.annotation.PreDestroy;

/**
 * Reads texts in the background, never on a request thread: a small fixed pool of low-priority workers
 * with a bounded queue. What does not fit the queue, and whatever a restart interrupted, stays
 * {@code PENDING} in the database, where a sweep every minute finds it again. Each parse runs on a
 * thread of its own so that a parser that hangs without output is abandoned after the time limit
 * (and marked so) rather than blocking a worker; the number of such threads is bounded too.
 */
@Component
public class ExtractionQueue {

    private static final Logger log = LoggerFactory.getLogger(ExtractionQueue.class);
    /** Beyond the extractor's own deadline, for a parser that produces no output to stop it. */
    private static final long GRACE_MILLIS = 5_000;
    /** The MDC key of the log pattern's id (a request's or a job's). */
    private static final String JOB_ID = "requestId";

    private final DocumentStore documents;
    private final TextStore texts;
    private final OriginalFiles files;
    private final Sequences sequences;
    private final ApplicationEventPublisher events;
    private final TextExtractor extractor;
    private final long hardLimitMillis;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor parsers;
    private final ScheduledExecutorService sweeper;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final Clock clock = Clock.systemUTC();
    private volatile boolean swept;
    private final MeterRegistry meters;

    ExtractionQueue(DocumentStore documents, TextStore texts, OriginalFiles files, Sequences sequences,
                    ApplicationEventPublisher events, TextExtractor extractor, LibraryProperties properties) {
        this(documents, texts, files, sequences, events, extractor, properties, Metrics.globalRegistry);
    }

    @Autowired
    ExtractionQueue(DocumentStore documents, TextStore texts, OriginalFiles files, Sequences sequences,
                    ApplicationEventPublisher events, TextExtractor extractor, LibraryProperties properties,
                    MeterRegistry meters) {
        this.meters = meters;
        this.documents = documents;
        this.texts = texts;
        this.files = files;
        this.sequences = sequences;
        this.events = events;
        this.extractor = extractor;
        this.hardLimitMillis = properties.extractionTimeout().toMillis() + GRACE_MILLIS;
        int threads = properties.extractionThreads();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.extractionQueue()), threads("library-extraction-"));
        this.parsers = new ThreadPoolExecutor(0, threads * 2, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threads("library-parse-"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(threads("library-extraction-sweep-"));
        sweeper.scheduleWithFixedDelay(this::sweep, 5, 60, TimeUnit.SECONDS);
    }

    /** Queues a version's extraction; if the queue is full it waits in the database for the next sweep. */
    public void submit(String documentId, int version) {
        String key = documentId + "/" + version;
        if (!queued.add(key)) {
            return;
        }
        try {
            workers.execute(() -> {
                // the job's own id in every line it logs, as a request has its own (docs/observability.md)
                try (var job = MDC.putCloseable(JOB_ID, "extract-" + key)) {
                    extract(documentId, version);
                } catch (RuntimeException e) {
                    log.warn("Extraction of {} failed; it stays pending for the next sweep", key, e);
                } finally {
                    queued.remove(key);
                }
            });
        } catch (RejectedExecutionException full) {
            queued.remove(key);
            log.info("Extraction queue full; {} waits for the next sweep", key);
        }
    }

    /**
     * Queues every pending version: at start all of them (a restart interrupted them), later those whose first
     * attempt must have finished by now (what a full queue turned away). Younger ones are left to the node that
     * took the upload: with several nodes each one sweeps, and reading a file twice would be wasted work (the
     * conditional finish keeps one outcome either way).
     */
    void sweep() {
        try {
            Instant settled = swept ? clock.instant().minusMillis(hardLimitMillis) : Instant.MAX;
            swept = true;
            for (DocumentRecord record : documents.withPendingExtraction()) {
                record.versions().stream().filter(v -> v.extraction().status() == ExtractionStatus.PENDING)
                        .filter(v -> v.uploadedAt().isBefore(settled))
                        .forEach(v -> submit(record.id(), v.number()));
            }
        } catch (RuntimeException e) {
            log.warn("Extraction sweep failed; trying again in a minute", e);
        }
    }

    void extract(String documentId, int number) {
        DocumentRecord record = documents.find(documentId).orElse(null);
        if (record == null || record.versions().size() < number
                || record.versions().get(number - 1).extraction().status() != ExtractionStatus.PENDING) {
            return;
        }
        VersionRecord version = record.versions().get(number - 1);
        ExtractionResult result = read(version);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // the text first: if we stop in between, the version is still pending and is read again
        texts.save(new DocumentText(DocumentText.idOf(documentId, number), documentId, number, result.text(),
                result.status() == ExtractionStatus.PARTIAL, now));
        var outcome = new ExtractionRecord(result.status(), result.reason(), result.text().length(), now);
        DocumentRecord updated = documents.finishExtraction(documentId, number, outcome,
                sequences.next(Sequences.CHANGES));
        if (updated == null) {
            return;
        }
        if (result.status() != ExtractionStatus.EXTRACTED) {
            // partial texts too: an operator watches for a rise of any reason
            meters.counter("taiwa.library.extraction.failures", "status",
                    result.status().name().toLowerCase(java.util.Locale.ROOT), "reason",
                    result.reason().name().toLowerCase(java.util.Locale.ROOT)).increment();
            log.info("Text of {}/{} ({}): {} {} — {}", documentId, number, version.mediaType(), result.status(),
                    result.reason(), result.detail());
        }
        var id = new DocumentId(documentId);
        events.publishEvent(new DocumentChanged(id, updated.changeSeq(), DocumentChanged.Change.EXTRACTED));
        events.publishEvent(new ExtractionFinished(id, number, updated.title(), version.uploadedBy(),
                outcome.toExtraction()));
    }

    private ExtractionResult read(VersionRecord version) {
        Path copy;
        try {
            copy = files.copyToTemp(version.fileId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Future<ExtractionResult> parse = parsers.submit(() -> extractor.extract(copy, version.fileName(), version.mediaType()));
            try {
                return parse.get(hardLimitMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                parse.cancel(true);
                return ExtractionResult.failed(ExtractionReason.TIME_LIMIT, "the parser did not stop in time");
            } catch (ExecutionException e) {
                // an Error such as OutOfMemoryError inside a parser: this file, not the server, fails
                return ExtractionResult.failed(ExtractionReason.ERROR, String.valueOf(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + version.fileId(), e);
            }
        } finally {
            FileReceiver.deleteQuietly(copy);
        }
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        workers.shutdownNow();
        parsers.shutdownNow();
    }

    private static ThreadFactory threads(String prefix) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            // the UI's requests come first
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        };
    }
}
