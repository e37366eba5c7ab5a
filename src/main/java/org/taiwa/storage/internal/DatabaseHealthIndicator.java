package org.taiwa.storage.internal;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Database health by {@code ping}, which both real MongoDB and the embedded server answer
 * (Boot's own indicator sends {@code hello}, unknown to the embedded server).
 */
class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongoTemplate;

    DatabaseHealthIndicator(MongoTemplate mongoTemplate) {
        super("Database health check failed");
        this.mongoTemplate = mongoTemplate;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = mongoTemplate.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongoTemplate.getDb().getName()).withDetail("ping", reply.get("ok"));
    }
}
