package org.taiwa.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Round trips per request type (HdrHistogram recorders, read per step), errors by kind, and the answers that are
 * refusals by design (a municipality already signed up), counted apart from errors.
 */
public final class Stats {

    private static final long MAX_NANOS = TimeUnit.MINUTES.toNanos(2);

    private final Map<String, Recorder> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();

    /** A round trip that got its answer, in nanoseconds. */
    public void record(String type, long nanos) {
        latencies.computeIfAbsent(type, t -> new Recorder(MAX_NANOS, 3)).recordValue(Math.min(nanos, MAX_NANOS));
    }

    /** A failed request: its type and what went wrong (status, Vaadin error, timeout). */
    public void error(String type, String what) {
        errors.computeIfAbsent(type + ": " + what, k -> new LongAdder()).increment();
    }

    /** An answer that refuses on purpose (409 already signed up): not an error. */
    public void refused(String what) {
        refusals.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    /** Everything recorded since the last call, and resets the counters: one step's figures. */
    public synchronized Interval interval() {
        var perType = new TreeMap<String, Histogram>();
        latencies.forEach((type, recorder) -> perType.put(type, recorder.getIntervalHistogram()));
        var all = new Histogram(MAX_NANOS, 3);
        perType.values().forEach(all::add);
        return new Interval(perType, all, drain(errors), drain(refusals));
    }

    private static Map<String, Long> drain(Map<String, LongAdder> counters) {
        var out = new TreeMap<String, Long>();
        counters.forEach((k, v) -> {
            long n = v.sumThenReset();
            if (n > 0) {
                out.put(k, n);
            }
        });
        return out;
    }

    /** One step's figures. */
    public record Interval(Map<String, Histogram> perType, Histogram all, Map<String, Long> errors,
                           Map<String, Long> refusals) {

        public long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        public static double ms(Histogram h, double percentile) {
            return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
        }

        public static double maxMs(Histogram h) {
            return h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1e6;
        }
    }
}
