package org.taiwa.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's index, kept in step with MongoDB: one thread polls the feeds (also woken at once by local
 * changes) and applies what changed; a rebuild fills a fresh generation on a second thread while the current
 * one keeps answering and following, then the sync thread catches the new one up and swaps it in. A missing
 * index folder (deleted while running) starts a rebuild. Searches go through {@link #read}.
 */
public final class IndexKeeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexKeeper.class);

    /** How a rebuild is going. */
    public record Progress(boolean running, long position, long target, Instant startedAt, Instant finishedAt) {
    }

    /** Poll interval, gap timeout and batch sizes. */
    public record Settings(Duration pollInterval, Duration gapTimeout, int batchSize, int commitEvery) {
    }

    private final IndexGenerations generations;
    private final JapaneseAnalyzers analyzers;
    private final List<ChangeFeed> feeds;
    private final LongSupplier counter;
    private final Supplier<String> database;
    private final Settings settings;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService sync = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("search-sync").daemon().factory());
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("search-rebuild").daemon().factory());
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile Follower live;
    private volatile Follower rebuilding;
    private volatile Progress progress = new Progress(false, 0, 0, null, null);
    private volatile Instant caughtUpAt = clock.instant();
    private volatile long lastCounter;

    IndexKeeper(Path root, JapaneseAnalyzers analyzers, List<ChangeFeed> feeds, LongSupplier counter,
                Settings settings) {
        this(root, analyzers, feeds, counter, () -> null, settings);
    }

    /**
     * @param database the identity of the database followed (null: unknown); an index built from another one, as
     *                 after a restore, is rebuilt
     */
    IndexKeeper(Path root, JapaneseAnalyzers analyzers, List<ChangeFeed> feeds, LongSupplier counter,
                Supplier<String> database, Settings settings) {
        this.database = database;
        // the lag is reported from the counter as the polls last read it: a health check or a scrape never
        // waits for MongoDB (when it is down, the database indicator says so)
        LongSupplier counting = () -> {
            long value = counter.getAsLong();
            lastCounter = value;
            return value;
        };
        this.generations = new IndexGenerations(root);
        this.analyzers = analyzers;
        this.feeds = List.copyOf(feeds);
        this.counter = counting;
        this.settings = settings;
        this.live = follower(generations.choose());
    }

    /** Starts following: polls now and then every poll interval. */
    void start() {
        sync.scheduleWithFixedDelay(this::pollQuietly, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A local change was stored: look now rather than at the next interval. */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            sync.execute(() -> {
                woken.set(false);
                pollQuietly();
            });
        }
    }

    /** Polls once on the calling thread (tests and the crash test's child process). */
    Follower.Poll pollNow() throws IOException {
        return live.poll();
    }

    /** Runs a read on the current index; a swap in between is retried on the new one. */
    <T> T read(LuceneIndex.Read<T> read) {
        for (int attempt = 0; ; attempt++) {
            LuceneIndex index = live.index();
            try {
                return index.read(read);
            } catch (AlreadyClosedException swapped) {
                if (attempt >= 2) {
                    throw swapped;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("search index read failed", e);
            }
        }
    }

    LuceneIndex index() {
        return live.index();
    }

    Progress progress() {
        return progress;
    }

    long skipped() {
        return live.skipped();
    }

    /**
     * Rebuilds from MongoDB into a fresh generation while the current one answers; false if one is running.
     */
    synchronized boolean rebuild() {
        if (rebuilding != null) {
            return false;
        }
        Path target = generations.next();
        LuceneIndex.deleteDirectory(target);
        Follower follower = follower(target);
        rebuilding = follower;
        long goal = counter.getAsLong();
        progress = new Progress(true, 0, goal, clock.instant(), null);
        log.info("Search index: rebuilding from MongoDB into {}", target);
        rebuilder.execute(() -> runRebuild(follower, goal));
        return true;
    }

    private void runRebuild(Follower follower, long goal) {
        try {
            while (true) {
                Follower.Poll poll = follower.poll();
                progress = new Progress(true, follower.scanned(), goal, progress.startedAt(), null);
                if (poll.caughtUp()) {
                    break;
                }
                Thread.sleep(settings.pollInterval().toMillis());
            }
            sync.submit(() -> {
                swap(follower);
                return null;
            }).get();
        } catch (Exception e) {
            log.error("Search index: rebuild failed; the current index keeps answering", e);
            closeQuietly(follower);
            LuceneIndex.deleteDirectory(follower.index().path());
            synchronized (this) {
                rebuilding = null;
            }
            progress = new Progress(false, progress.position(), goal, progress.startedAt(), clock.instant());
        }
    }

    /** On the sync thread, so no poll of the old index runs meanwhile. */
    private void swap(Follower fresh) throws IOException {
        fresh.poll();
        Follower old = live;
        live = fresh;
        synchronized (this) {
            rebuilding = null;
        }
        closeQuietly(old);
        LuceneIndex.deleteDirectory(old.index().path());
        progress = new Progress(false, fresh.scanned(), progress.target(), progress.startedAt(), clock.instant());
        log.info("Search index: rebuilt, {} items, position {}", fresh.index().count(), fresh.index().position());
    }

    private void pollQuietly() {
        try {
            if (!Files.isDirectory(live.index().path())) {
                log.warn("Search index folder {} is gone; rebuilding", live.index().path());
                rebuild();
                return;
            }
            if (stale()) {
                return;
            }
            if (live.poll().caughtUp()) {
                caughtUpAt = clock.instant();
            }
        } catch (AlreadyClosedException swapped) {
            // a swap happened between reading `live` and polling it: the next poll uses the new one
        } catch (Exception e) {
            log.warn("Search index: poll failed ({}); rebuilding if the index is unusable", e.toString());
            if (!Files.isDirectory(live.index().path())) {
                rebuild();
            }
        }
    }

    /**
     * The index was built from another database (a restore gave it a new identity) or is ahead of the change
     * counter (the database went back in time): it cannot catch up, so a rebuild replaces it; the stale one
     * answers meanwhile.
     */
    private boolean stale() {
        LuceneIndex index = live.index();
        String current = database.get();
        boolean otherDatabase = current != null && index.database() != null && !current.equals(index.database());
        long counted = counter.getAsLong();
        boolean ahead = index.position() > counted;
        if ((otherDatabase || ahead) && rebuild()) {
            log.warn("Search index: built from {} up to position {}, but the database is {} at position {};"
                    + " rebuilding", index.database(), index.position(), current, counted);
        }
        return otherDatabase || ahead;
    }

    /**
     * How far behind MongoDB the index is as of the last poll: changes not yet applied, and for how long it has not
     * caught up.
     */
    Lag lag() {
        long behind = Math.max(0, lastCounter - live.index().position());
        Duration since = behind == 0 ? Duration.ZERO : Duration.between(caughtUpAt, clock.instant());
        return new Lag(behind, since.isNegative() ? Duration.ZERO : since);
    }

    /** Changes not yet applied and the time since the index last caught up (zero when up to date). */
    record Lag(long changes, Duration behind) {
    }

    private Follower follower(Path path) {
        LuceneIndex index = LuceneIndex.open(path, analyzers.perField());
        String current = database.get();
        if (current != null) {
            index.stamp(current);
        }
        return new Follower(index, feeds, counter, clock, settings.gapTimeout(), settings.batchSize(),
                settings.commitEvery());
    }

    private static void closeQuietly(Follower follower) {
        try {
            follower.index().close();
        } catch (IOException | RuntimeException e) {
            log.debug("closing a search index", e);
        }
    }

    @Override
    public void close() {
        sync.shutdownNow();
        rebuilder.shutdownNow();
        try {
            sync.awaitTermination(10, TimeUnit.SECONDS);
            rebuilder.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Follower r = rebuilding;
        if (r != null) {
            closeQuietly(r);
        }
        closeQuietly(live);
    }
}
