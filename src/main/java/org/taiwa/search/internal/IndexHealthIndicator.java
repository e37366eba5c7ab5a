package org.taiwa.search.internal;

import java.time.Duration;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Readiness of this node's search index ({@code searchIndex} in the readiness group): OUT_OF_SERVICE when a complete
 * index has not caught up with MongoDB for longer than {@code taiwa.search.max-lag}, so that the load balancer sends
 * readers to nodes whose search sees recent writes. A first build or a rebuild stays UP: the index answers (partly,
 * or from the previous generation) and a node that only builds must still be reachable.
 */
class IndexHealthIndicator extends AbstractHealthIndicator {

    private final IndexKeeper keeper;
    private final Duration maxLag;

    IndexHealthIndicator(IndexKeeper keeper, Duration maxLag) {
        super("Search index health check failed");
        this.keeper = keeper;
        this.maxLag = maxLag;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        IndexKeeper.Lag lag = keeper.lag();
        LuceneIndex index = keeper.index();
        boolean building = !index.complete() || keeper.progress().running();
        boolean behind = lag.behind().compareTo(maxLag) > 0;
        builder.status(behind && !building ? Status.OUT_OF_SERVICE : Status.UP)
                .withDetail("position", index.position())
                .withDetail("lagChanges", lag.changes())
                .withDetail("lagSeconds", lag.behind().toSeconds())
                .withDetail("maxLagSeconds", maxLag.toSeconds())
                .withDetail("building", building);
    }
}
