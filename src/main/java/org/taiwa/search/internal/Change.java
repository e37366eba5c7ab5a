package org.taiwa.search.internal;

import java.util.List;
import java.util.Objects;

/** One change read from MongoDB at its change position, to apply to the index; applying it twice is harmless. */
sealed interface Change {

    long seq();

    /** The item as it is now: added, or replacing what the index had under its key. */
    record Upsert(IndexedItem item) implements Change {
        public Upsert {
            Objects.requireNonNull(item, "item");
        }

        @Override
        public long seq() {
            return item.changeSeq();
        }
    }

    /** Gone from search: deleted, hidden, or not readable as a whole any more. */
    record Remove(String key, long seq) implements Change {
    }

    /** A thread changed as a whole (moved, deleted, split): its posts in the index become exactly these. */
    record ReplaceThread(String threadId, long seq, List<IndexedItem> posts) implements Change {
        public ReplaceThread {
            posts = List.copyOf(posts);
        }
    }
}
