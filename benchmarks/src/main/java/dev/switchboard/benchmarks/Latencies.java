package dev.switchboard.benchmarks;

import java.util.Arrays;

/** Response times of one kind of request, in milliseconds; clients running at once may add to it. */
final class Latencies {

    private final double[] millis;
    private int count;

    Latencies(int capacity) {
        this.millis = new double[capacity];
    }

    synchronized void add(long nanos) {
        millis[count++] = nanos / 1_000_000.0;
    }

    synchronized double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(rank, count - 1))];
    }

    synchronized int count() {
        return count;
    }
}
