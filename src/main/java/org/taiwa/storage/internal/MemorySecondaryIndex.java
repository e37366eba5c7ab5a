package org.taiwa.storage.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A non-unique index for the embedded server, kept in memory and rebuilt from the documents when the database
 * opens. mongo-java-server accepts such indexes but ignores them, so every query on a field other than a unique
 * key scanned the whole collection (decision 0021). This index serves queries on its first field with a plain
 * value, {@code $eq}, {@code $in} or a range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}); any other
 * query is left to the scan. It only has to name a superset of the matches: the collection still matches every
 * candidate against the whole query. So documents it cannot place in order are named for every query they might
 * match: those of an unusual type, and for a range those with an array (MongoDB may match each bound against a
 * different element). Positions come back in the order the scan returns them.
 */
final class MemorySecondaryIndex<P> extends Index<P> {

    private static final Comparator<Object> ORDER = ValueComparator.ascWithoutListHandling();
    private static final String ID = "_id";

    private final String field;
    private final NavigableMap<Object, Set<P>> byValue = new TreeMap<>(ORDER);
    private final Set<P> withoutValue = new HashSet<>();
    private final Set<P> unordered = new HashSet<>();
    private final Set<P> arrays = new HashSet<>();
    private final Map<KeyValue, P> byId = new HashMap<>();

    MemorySecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.getFirst().getKey();
    }

    /** Whether an index on these keys can be kept here: its first field is a top-level one. */
    static boolean supports(List<IndexKey> keys) {
        return !keys.isEmpty() && !keys.getFirst().getKey().contains(".");
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return Condition.of(query, field, isSparse()) != null;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Condition condition = Condition.of(query, field, isSparse());
        Set<P> found = new HashSet<>(unordered);
        switch (condition) {
            case Condition.Equal(Collection<?> values) -> values.forEach(value -> found.addAll(value == null
                    ? withoutValue : byValue.getOrDefault(value, Set.of())));
            case Condition.Range range -> {
                found.addAll(arrays);
                range.within(byValue).forEach(found::addAll);
            }
        }
        List<P> positions = new ArrayList<>(found);
        positions.sort(ORDER::compare);
        return positions;
    }

    @Override
    public synchronized P getPosition(Document document) {
        return byId.get(idOf(document));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: any document may be added
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        byId.put(idOf(document), position);
        place(document, position);
    }

    @Override
    public synchronized P remove(Document document) {
        P position = byId.remove(idOf(document));
        if (position != null) {
            displace(document, position);
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: any update may be applied
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
            MongoCollection<P> collection) {
        displace(oldDocument, position);
        byId.remove(idOf(oldDocument));
        byId.put(idOf(newDocument), position);
        place(newDocument, position);
    }

    @Override
    public synchronized long getCount() {
        return byId.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        byValue.clear();
        withoutValue.clear();
        unordered.clear();
        arrays.clear();
        byId.clear();
    }

    private void place(Document document, P position) {
        Object value = document.get(field);
        if (value instanceof Collection<?> values) {
            arrays.add(position);
            values.forEach(element -> placeValue(element, position));
        } else if (!(value instanceof Document)) {
            placeValue(value, position);
        }
    }

    private void placeValue(Object value, P position) {
        if (value == null) {
            withoutValue.add(position);
        } else if (Condition.ordered(value)) {
            // a hash set: ValueComparator ties some distinct ids (longs past 2^53), which a sorted set would merge
            byValue.computeIfAbsent(value, v -> new HashSet<>()).add(position);
        } else if (!(value instanceof Document || value instanceof Collection)) {
            unordered.add(position);
        }
    }

    private void displace(Document document, P position) {
        Object value = document.get(field);
        if (value instanceof Collection<?> values) {
            arrays.remove(position);
            values.forEach(element -> displaceValue(element, position));
        } else {
            displaceValue(value, position);
        }
    }

    private void displaceValue(Object value, P position) {
        if (value == null) {
            withoutValue.remove(position);
        } else if (Condition.ordered(value)) {
            Set<P> positions = byValue.get(value);
            if (positions != null && positions.remove(position) && positions.isEmpty()) {
                byValue.remove(value);
            }
        } else {
            unordered.remove(position);
        }
    }

    private static KeyValue idOf(Document document) {
        return new KeyValue(document.get(ID)).normalized();
    }

    /** What a query asks of the indexed field, when this index can answer it. */
    sealed interface Condition {

        record Equal(Collection<?> values) implements Condition {
        }

        record Range(Object lower, Object upper) implements Condition {

            <V> Collection<V> within(NavigableMap<Object, V> map) {
                // bounds always included: ValueComparator ties a few distinct numbers (a long past the int range and
                // a fraction of it), and a candidate too many costs only a match
                NavigableMap<Object, V> range = lower != null && upper != null
                        ? ORDER.compare(lower, upper) > 0 ? new TreeMap<>(ORDER) : map.subMap(lower, true, upper, true)
                        : lower != null ? map.tailMap(lower, true) : map.headMap(upper, true);
                // MongoDB compares within a type: a bound on a number matches numbers only
                Object bound = lower != null ? lower : upper;
                return range.entrySet().stream().filter(entry -> sameType(entry.getKey(), bound))
                        .map(Map.Entry::getValue).toList();
            }
        }

        static Condition of(Document query, String field, boolean sparse) {
            if (!query.containsKey(field)) {
                return null;
            }
            Object wanted = query.get(field);
            if (!(wanted instanceof Document operators)) {
                return equal(Collections.singletonList(wanted), sparse);
            }
            if (operators.size() == 1 && operators.containsKey("$eq")) {
                return equal(Collections.singletonList(operators.get("$eq")), sparse);
            }
            if (operators.size() == 1 && operators.get("$in") instanceof Collection<?> values) {
                return equal(new ArrayList<>(values), sparse);
            }
            return range(operators);
        }

        // a wanted null (also missing) is answered from the documents without a value, unless the index skips those
        private static Condition equal(List<?> values, boolean sparse) {
            boolean answerable = values.stream().allMatch(value -> value == null ? !sparse : ordered(value));
            return answerable ? new Equal(values) : null;
        }

        private static Condition range(Document operators) {
            Object lower = null;
            Object upper = null;
            for (var operator : operators.entrySet()) {
                Object bound = operator.getValue();
                if (!ordered(bound)) {
                    return null;
                }
                switch (operator.getKey()) {
                    case "$gt", "$gte" -> lower = bound;
                    case "$lt", "$lte" -> upper = bound;
                    default -> {
                        return null;
                    }
                }
            }
            if (lower != null && upper != null && !sameType(lower, upper)) {
                return null;
            }
            return lower == null && upper == null ? null : new Range(lower, upper);
        }

        /** Values this index keeps in order; everything else it names for every query. */
        static boolean ordered(Object value) {
            return value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Double d && !d.isNaN() || value instanceof Boolean
                    || value instanceof Instant || value instanceof ObjectId;
        }

        private static boolean sameType(Object a, Object b) {
            return a instanceof Number ? b instanceof Number : a.getClass() == b.getClass();
        }
    }
}
