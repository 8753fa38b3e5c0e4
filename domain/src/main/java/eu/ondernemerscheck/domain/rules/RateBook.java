package eu.ondernemerscheck.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of dated rate values, identified by a version, from which calculations read. Two values of one
 * parameter may not be in force on the same day.
 */
public final class RateBook {

    private static final RateValue[] NONE = new RateValue[0];

    private final String version;
    private final Map<RateKey, RateValue[]> byKey;
    private final List<RateValue> all;

    private RateBook(String version, Map<RateKey, RateValue[]> byKey, List<RateValue> all) {
        this.version = version;
        this.byKey = byKey;
        this.all = all;
    }

    /**
     * @throws IllegalArgumentException when two values of one parameter overlap, so that a date would have two answers
     */
    public static RateBook of(String version, Collection<RateValue> values) {
        Objects.requireNonNull(version, "version");
        Map<RateKey, List<RateValue>> grouped = new HashMap<>();
        for (RateValue v : values) {
            grouped.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        Map<RateKey, RateValue[]> byKey = new HashMap<>();
        List<RateValue> all = new ArrayList<>();
        for (Map.Entry<RateKey, List<RateValue>> e : grouped.entrySet()) {
            List<RateValue> series = new ArrayList<>(e.getValue());
            series.sort(Comparator.comparing(RateValue::effectiveFrom));
            for (int i = 1; i < series.size(); i++) {
                RateValue before = series.get(i - 1);
                RateValue next = series.get(i);
                if (!next.effectiveFrom().isAfter(before.effectiveUntil())) {
                    throw new IllegalArgumentException("Two values of " + e.getKey() + " are in force on "
                            + next.effectiveFrom() + " (from " + before.effectiveFrom() + " and from "
                            + next.effectiveFrom() + ")");
                }
            }
            byKey.put(e.getKey(), series.toArray(NONE));
            all.addAll(series);
        }
        all.sort(Comparator.comparing(RateValue::key).thenComparing(RateValue::effectiveFrom));
        return new RateBook(version, Map.copyOf(byKey), List.copyOf(all));
    }

    public String version() {
        return version;
    }

    /** The value in force on that day, if any. */
    public Optional<RateValue> find(RateKey key, LocalDate on) {
        RateValue[] series = byKey.getOrDefault(key, NONE);
        int lo = 0;
        int hi = series.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            RateValue v = series[mid];
            if (on.isBefore(v.effectiveFrom())) {
                hi = mid - 1;
            } else if (on.isAfter(v.effectiveUntil())) {
                lo = mid + 1;
            } else {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** @throws MissingRateException when no value is in force that day */
    public RateValue require(RateKey key, LocalDate on) {
        return find(key, on).orElseThrow(() -> new MissingRateException(key, on));
    }

    /** All values of one parameter, oldest first. */
    public List<RateValue> series(RateKey key) {
        return List.of(byKey.getOrDefault(key, NONE));
    }

    /** Every value, ordered by parameter, category and date. */
    public List<RateValue> values() {
        return all;
    }

    /** Values of the key whose period overlaps the calendar year. */
    public List<RateValue> inYear(RateKey key, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<RateValue> out = new ArrayList<>();
        for (RateValue v : byKey.getOrDefault(key, NONE)) {
            if (!v.effectiveFrom().isAfter(last) && !v.effectiveUntil().isBefore(first)) {
                out.add(v);
            }
        }
        return out;
    }
}
