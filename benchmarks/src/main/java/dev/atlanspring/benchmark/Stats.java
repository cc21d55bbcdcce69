package dev.atlanspring.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * Percentiles and medians from plain arrays, and the run size every part of the benchmark scales by.
 */
final class Stats {

    private Stats() {
    }

    /**
     * Scales a count by the system property {@code benchmark.scale} (1 unless set), for short runs while developing.
     * @param count the count of a full run
     * @return the count to use, at least 1
     */
    static int scaled(int count) {
        double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
        return (int) Math.max(1, Math.round(count * scale));
    }

    /**
     * Returns a percentile of latencies, nearest-rank.
     * @param nanos the latencies in nanoseconds; sorted in place
     * @param percentile such as 50 or 99
     * @return the latency in microseconds
     */
    static double percentileMicros(long[] nanos, double percentile) {
        Arrays.sort(nanos);
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1_000.0;
    }

    /**
     * Returns the median.
     * @param values the values
     * @return the median, the mean of the middle two for an even count
     */
    static double median(List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Rounds for the report.
     * @param value a value
     * @param decimals the decimals to keep
     * @return the rounded value
     */
    static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }

}
