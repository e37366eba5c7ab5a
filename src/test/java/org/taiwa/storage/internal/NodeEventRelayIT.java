package org.taiwa.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.PostPublished;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.ThreadId;
import org.taiwa.storage.RemoteEvent;
import org.taiwa.storage.Sequences;

import tools.jackson.databind.json.JsonMapper;

/** The relay in the shared application: another node's event arrives as a RemoteEvent, this node's own never. */
@TaiwaIntegrationTest
class NodeEventRelayIT {

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    NodeEventRelay relay;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Sequences sequences;
    @Autowired
    JsonMapper json;

    private final List<RemoteEvent<?>> heard = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
        if (event.getPayload() instanceof RemoteEvent<?> remote) {
            heard.add(remote);
        }
    };

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void another_nodes_event_is_published_here_once_and_this_nodes_own_never() {
        context.addApplicationListener(listener);
        // written as the relay writes them (published here, they would also make notices in the shared data)
        PostPublished own = published("own-" + UUID.randomUUID());
        insert(own, relay.nodeId());
        PostPublished foreign = published("foreign-" + UUID.randomUUID());
        insert(foreign, "another-node");

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.stream().anyMatch(r -> r.event().equals(foreign)));
        relay.poll();
        assertThat(heard).filteredOn(r -> r.event().equals(foreign)).hasSize(1)
                .allSatisfy(r -> assertThat(r.origin()).isEqualTo("another-node"));
        assertThat(heard).noneMatch(r -> r.event().equals(own));
    }

    @Test
    void the_sweep_deletes_events_older_than_the_retention() {
        long seq = sequences.next(NodeEventRelay.SEQUENCE);
        mongo.insert(new Document("_id", seq).append("origin", "gone-node").append("type", "x.Unknown")
                .append("payload", "{}").append("at", Date.from(Instant.now().minus(Duration.ofHours(1)))),
                NodeEventRelay.COLLECTION);
        assertThat(relay.sweep()).isPositive();
        assertThat(mongo.findById(seq, Document.class, NodeEventRelay.COLLECTION)).isNull();
    }

    private void insert(PostPublished event, String origin) {
        long seq = sequences.next(NodeEventRelay.SEQUENCE);
        mongo.insert(new Document("_id", seq).append("origin", origin).append("type", PostPublished.class.getName())
                .append("payload", json.writeValueAsString(event)).append("at", new Date()), NodeEventRelay.COLLECTION);
    }

    private static PostPublished published(String postId) {
        return new PostPublished(new PostId(postId), new ThreadId("relay-test-thread"), new SpaceId("forum"),
                "リレーの試験", "staff.minato", "staff.shinjuku", Set.of("staff.hachioji"), Set.of("minato"),
                Instant.parse("2026-11-29T00:00:00Z"));
    }
}
