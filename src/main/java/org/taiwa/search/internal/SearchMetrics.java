package org.taiwa.search.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** The index's lag as gauges ({@code taiwa.search.index.lag.changes}, {@code .seconds}) and its size. */
class SearchMetrics implements MeterBinder {

    private final IndexKeeper keeper;

    SearchMetrics(IndexKeeper keeper) {
        this.keeper = keeper;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("taiwa.search.index.lag.changes", keeper, k -> k.lag().changes())
                .description("Change positions in MongoDB this node's index has not applied yet").register(registry);
        Gauge.builder("taiwa.search.index.lag", keeper, k -> k.lag().behind().toMillis() / 1000.0)
                .baseUnit("seconds").description("Time since this node's index was last caught up with MongoDB")
                .register(registry);
        Gauge.builder("taiwa.search.index.position", keeper, k -> k.index().position())
                .description("Change position this node's index has applied").register(registry);
    }
}
