package org.taiwa.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search (environment: {@code TAIWA_SEARCH_INDEX_DIR} and so on).
 *
 * @param indexDir     this node's index (each node keeps its own); generations live in numbered folders below
 * @param pollInterval how often the index looks for changes in MongoDB; local changes also wake it at once
 * @param gapTimeout   how long a missing change position is waited for before it counts as a failed write
 * @param batchSize    changes read from MongoDB per query
 * @param commitEvery  changes applied between commits during a long catch-up or rebuild
 * @param maxLag       readiness: a complete index that has not caught up with MongoDB for longer than this takes
 *                     the node out of rotation (OUT_OF_SERVICE) until it has
 */
@ConfigurationProperties("taiwa.search")
public record SearchProperties(
        @DefaultValue("./data/index") Path indexDir,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("10s") Duration gapTimeout,
        @DefaultValue("500") int batchSize,
        @DefaultValue("5000") int commitEvery,
        @DefaultValue("60s") Duration maxLag) {
}
