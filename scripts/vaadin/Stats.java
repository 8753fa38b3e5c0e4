import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies per request kind, in nanoseconds; prints count, throughput and percentiles. */
final class Stats {

    private final Map<String, List<Long>> byKind = new ConcurrentHashMap<>();
    final AtomicInteger errors = new AtomicInteger();
    volatile boolean recording;
    /** Figures that count for a wider view as well (all rounds of a run), or null. */
    private final Stats also;

    Stats() {
        this(null);
    }

    Stats(Stats also) {
        this.also = also;
    }

    void add(String kind, long nanos) {
        if (recording) {
            List<Long> l = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
            synchronized (l) {
                l.add(nanos);
            }
            if (also != null) {
                also.add(kind, nanos);
            }
        }
    }

    /** Counts a failed request, here and in the wider view; returns this view's count. */
    int error() {
        if (also != null) {
            also.error();
        }
        return errors.incrementAndGet();
    }

    /** The 95th percentile of one kind in milliseconds, 0 when none was recorded. */
    double p95(String kind) {
        List<Long> l = byKind.getOrDefault(kind, List.of());
        long[] v;
        synchronized (l) {
            v = l.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(v);
        return pct(v, 95);
    }

    void print(double seconds) {
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(byKind).entrySet()) {
            long[] v;
            synchronized (e.getValue()) {
                v = e.getValue().stream().mapToLong(Long::longValue).toArray();
            }
            Arrays.sort(v);
            System.out.printf("%-14s n=%6d  %7.1f req/s  p50=%7.1f ms  p95=%7.1f ms  p99=%7.1f ms  max=%7.1f ms%n",
                    e.getKey(), v.length, v.length / seconds, pct(v, 50), pct(v, 95), pct(v, 99),
                    v.length == 0 ? 0 : v[v.length - 1] / 1e6);
        }
        System.out.println("errors=" + errors.get());
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(idx, 0, sorted.length - 1)] / 1e6;
    }
}
