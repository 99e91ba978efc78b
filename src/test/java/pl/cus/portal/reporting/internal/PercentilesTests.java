package pl.cus.portal.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PercentilesTests {

    private static TreeMap<Integer, Long> counts(long... pairs) {
        TreeMap<Integer, Long> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((int) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void asPercentileContInterpolatesBetweenNeighbours() {
        var days = counts(16, 1, 30, 1, 31, 1, 60, 1);
        assertThat(Percentiles.of(days, 0.5)).isEqualTo(30.5);
        assertThat(Percentiles.of(days, 0.9)).isCloseTo(51.3, within(1e-9));
        assertThat(Percentiles.of(days, 0.0)).isEqualTo(16.0);
        assertThat(Percentiles.of(days, 1.0)).isEqualTo(60.0);
    }

    @Test
    void repeatedValuesCountAsMany() {
        // 10 × 5 days, 1 × 100 days: the median is 5, p90 at position 9 of 0..10 is still 5
        var days = counts(5, 10, 100, 1);
        assertThat(Percentiles.of(days, 0.5)).isEqualTo(5.0);
        assertThat(Percentiles.of(days, 0.9)).isEqualTo(5.0);
        assertThat(Percentiles.of(days, 0.95)).isCloseTo(52.5, within(1e-9));
        assertThat(Percentiles.of(counts(7, 1), 0.9)).isEqualTo(7.0);
        assertThat(Percentiles.of(counts(), 0.5)).isNull();
    }
}
