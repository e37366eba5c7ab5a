package org.taiwa.storage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the events between app nodes (environment: {@code TAIWA_NODES_POLL_INTERVAL} and so on).
 *
 * @param id           this node's name in {@code node_events}; blank: a random one per start
 * @param pollInterval how often this node looks for other nodes' events
 * @param gapTimeout   how long a missing event position is waited for before it counts as a failed write
 * @param retention    how long events are kept; a node paused for longer misses live updates, nothing else
 */
@ConfigurationProperties("taiwa.nodes")
public record NodeProperties(
        @DefaultValue("") String id,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("10s") Duration gapTimeout,
        @DefaultValue("10m") Duration retention) {

    public NodeProperties {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("taiwa.nodes.poll-interval must be positive");
        }
        if (retention.compareTo(gapTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("taiwa.nodes.retention must be at least twice taiwa.nodes.gap-timeout");
        }
    }
}
