package org.taiwa.storage;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * A small collection read whole from the database and kept in memory for a short time: reference data that every
 * page reads and that hardly ever changes (the spaces, the municipality directory). One database read per node
 * per {@code maxAge} instead of one per page. The node that changes the data calls {@link #invalidate()}; other
 * nodes see a change within {@code maxAge} (docs/decisions/0020-load.md).
 *
 * @param <T> the immutable value built from the collection
 */
public final class Snapshot<T> {

    private final LoadingCache<Boolean, T> value;

    public Snapshot(Duration maxAge, Supplier<T> load) {
        Objects.requireNonNull(load, "load");
        // expire rather than refresh in the background: a database that does not answer fails the read that
        // needs it, as any other read would, and nothing logs failed refreshes meanwhile
        this.value = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(1).build(key -> load.get());
    }

    /** The value, read anew when older than {@code maxAge}. */
    public T get() {
        return value.get(Boolean.TRUE);
    }

    /** Forgets the value: the next {@link #get()} reads the database. */
    public void invalidate() {
        value.invalidateAll();
    }
}
