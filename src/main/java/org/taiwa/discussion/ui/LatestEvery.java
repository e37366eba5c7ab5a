package org.taiwa.discussion.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands events on at most once per interval: the first at once, then, however many arrive meanwhile, the latest
 * of them when the interval has passed. For listeners that only look at the state after the events.
 *
 * @param <T> the event
 */
final class LatestEvery<T> {

    private final long intervalNanos;
    private final Executor executor;
    private final Consumer<T> consumer;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private volatile long lastHandedOn;
    private volatile boolean handedOn;

    LatestEvery(Duration interval, Executor executor, Consumer<T> consumer) {
        this.intervalNanos = interval.toNanos();
        this.executor = executor;
        this.consumer = consumer;
    }

    void offer(T event) {
        if (pending.getAndSet(event) != null) {
            // a turn is already scheduled: it will hand on this, the latest event
            return;
        }
        long wait = handedOn ? Math.max(0, lastHandedOn + intervalNanos - System.nanoTime()) : 0;
        CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, executor).execute(() -> {
            lastHandedOn = System.nanoTime();
            handedOn = true;
            // taken before the consumer reads any state: an event after this point schedules another turn
            consumer.accept(pending.getAndSet(null));
        });
    }
}
