package pl.cus.portal.reporting.internal;

import java.util.Map;
import java.util.NavigableMap;

/** Percentiles of whole numbers given as counts (value → how many times), as PostgreSQL's {@code percentile_cont}. */
final class Percentiles {

    private Percentiles() {}

    /**
     * The continuous percentile: the value at position {@code fraction × (n − 1)} of the sorted values, interpolated
     * linearly between its neighbours; {@code null} when there are no values.
     */
    static Double of(NavigableMap<Integer, Long> counts, double fraction) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        double position = fraction * (n - 1);
        long lower = (long) Math.floor(position);
        double lowerValue = valueAt(counts, lower);
        if (position == lower) {
            return lowerValue;
        }
        double upperValue = valueAt(counts, lower + 1);
        return lowerValue + (position - lower) * (upperValue - lowerValue);
    }

    /** The value at 0-based rank {@code rank} of the sorted values. */
    private static double valueAt(NavigableMap<Integer, Long> counts, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (rank < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " values");
    }
}
