package org.taiwa.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A store like MongoDB as the index sees it: each record carries the position of its last change, positions
 * come from one counter and are taken before the write, so a slow writer commits below faster ones.
 */
final class FakeFeed implements ChangeFeed {

    private final AtomicLong counter = new AtomicLong();
    private final Map<String, IndexedItem> records = new ConcurrentHashMap<>();

    long counter() {
        return counter.get();
    }

    /** Takes a position now; the write comes later with {@link #commit}. */
    long reserve() {
        return counter.incrementAndGet();
    }

    void commit(long seq, String id, String text) {
        records.put(id, Items.publicDocument(id, seq, id, text));
    }

    long write(String id, String text) {
        long seq = reserve();
        commit(seq, id, text);
        return seq;
    }

    /** The keys and positions the index must hold. */
    Map<String, Long> expected() {
        return records.values().stream().collect(Collectors.toMap(IndexedItem::key, IndexedItem::changeSeq));
    }

    @Override
    public List<Change> after(long position, int limit) {
        var changes = new ArrayList<Change>();
        records.values().stream().filter(item -> item.changeSeq() > position)
                .sorted(Comparator.comparingLong(IndexedItem::changeSeq)).limit(limit)
                .forEach(item -> changes.add(new Change.Upsert(item)));
        return changes;
    }
}
