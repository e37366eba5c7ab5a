package org.taiwa.storage.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.taiwa.storage.NodeEvent;
import org.taiwa.storage.NodeProperties;
import org.taiwa.storage.RemoteEvent;
import org.taiwa.storage.Sequences;

import jakarta.annotation.PreDestroy;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries {@link NodeEvent}s between app nodes through MongoDB, with no broker: each one published here is
 * written to {@code node_events} under a position of the {@code node-events} sequence (off the publishing thread,
 * in batches), and every node polls that collection above its low watermark and publishes the other nodes'
 * events as {@link RemoteEvent}s. Its own events it skips: they were delivered here when they happened. Events
 * older than the retention are deleted by a sweep (the embedded server has neither TTL indexes nor capped
 * collections). A signal lost to a crash or an outage only means a page updates at its next look.
 */
@Component
class NodeEventRelay {

    static final String COLLECTION = "node_events";
    static final String SEQUENCE = "node-events";
    private static final Logger log = LoggerFactory.getLogger(NodeEventRelay.class);
    private static final int BATCH = 500;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final NodeProperties properties;
    private final String nodeId;
    private final Clock clock = Clock.systemUTC();
    private final BlockingQueue<NodeEvent> outbox = new LinkedBlockingQueue<>(10_000);
    private final ScheduledExecutorService inbox = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("node-events-in").daemon().factory());
    private final Thread writer = Thread.ofPlatform().name("node-events-out").daemon().unstarted(this::writeLoop);
    private volatile EventPositions positions;

    NodeEventRelay(MongoTemplate mongo, Sequences sequences, ApplicationEventPublisher events, JsonMapper json,
                   NodeProperties properties) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.events = events;
        this.json = json;
        this.properties = properties;
        this.nodeId = properties.id().isBlank() ? UUID.randomUUID().toString() : properties.id();
    }

    /** This node's name in {@code node_events}. */
    String nodeId() {
        return nodeId;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // for the sweep on MongoDB (the embedded server scans anyway)
        mongo.indexOps(COLLECTION).createIndex(new Index().on("at", Sort.Direction.ASC));
        // a new node hears what happens from now on: nothing older is news to its pages
        positions = new EventPositions(sequences.current(SEQUENCE), properties.gapTimeout());
        writer.start();
        inbox.scheduleWithFixedDelay(this::pollQuietly, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        inbox.scheduleWithFixedDelay(this::sweepQuietly, SWEEP_EVERY.toMillis(), SWEEP_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Node {}: following other nodes' events every {} ms", nodeId, properties.pollInterval().toMillis());
    }

    @EventListener
    void on(NodeEvent event) {
        if (!outbox.offer(event)) {
            log.warn("Node events: outbox full, {} not sent to the other nodes", event.getClass().getSimpleName());
        }
    }

    private void writeLoop() {
        var batch = new ArrayList<NodeEvent>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(outbox.take());
                outbox.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the database is away: these pages elsewhere update at their next look instead
                log.warn("Node events: {} events not sent to the other nodes ({})", batch.size(), e.toString());
            }
            batch.clear();
        }
    }

    private void write(List<NodeEvent> batch) {
        long last = sequences.reserve(SEQUENCE, batch.size());
        long seq = last - batch.size();
        var documents = new ArrayList<Document>(batch.size());
        Date now = Date.from(clock.instant());
        for (NodeEvent event : batch) {
            documents.add(new Document("_id", ++seq).append("origin", nodeId)
                    .append("type", event.getClass().getName()).append("payload", json.writeValueAsString(event))
                    .append("at", now));
        }
        mongo.getCollection(COLLECTION).insertMany(documents);
    }

    /** Reads the events above the watermark and publishes the other nodes' ones (also called by tests). */
    synchronized void poll() {
        long counter = sequences.current(SEQUENCE);
        if (counter < positions.position()) {
            // the database was restored or replaced: its counter is the new beginning
            positions = new EventPositions(counter, properties.gapTimeout());
        }
        if (positions.upToDate(clock.instant(), counter)) {
            return;
        }
        var query = Query.query(where("_id").gt(positions.position())).with(Sort.by("_id")).limit(BATCH * 2);
        for (Document document : mongo.find(query, Document.class, COLLECTION)) {
            long seq = ((Number) document.get("_id")).longValue();
            if (positions.markSeen(seq) && !nodeId.equals(document.getString("origin"))) {
                deliver(document);
            }
        }
        positions.advance(clock.instant());
    }

    private void deliver(Document document) {
        String type = document.getString("type");
        try {
            Class<?> eventType = Class.forName(type, false, getClass().getClassLoader());
            if (!NodeEvent.class.isAssignableFrom(eventType)) {
                log.warn("Node events: {} is not a node event; ignored", type);
                return;
            }
            // a node of a newer version may have added fields
            var event = (NodeEvent) json.readerFor(eventType).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(document.getString("payload"));
            events.publishEvent(new RemoteEvent<>(event, document.getString("origin")));
        } catch (ClassNotFoundException e) {
            // written by a node of another version during a rolling update
            log.info("Node events: unknown type {} ignored", type);
        } catch (RuntimeException e) {
            log.warn("Node events: event {} of type {} not delivered", document.get("_id"), type, e);
        }
    }

    /** Deletes events older than the retention; every node may run it, the result is the same. */
    long sweep() {
        Date before = Date.from(clock.instant().minus(properties.retention()));
        return mongo.remove(Query.query(where("at").lt(before)), COLLECTION).getDeletedCount();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.debug("Node events: poll failed", e);
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.debug("Node events: sweep failed", e);
        }
    }

    @PreDestroy
    void stop() {
        inbox.shutdownNow();
        writer.interrupt();
    }
}
