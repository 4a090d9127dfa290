package io.switchboard.bench;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/** Collects benchmark rows and prints them as one aligned table. */
final class ResultTable {

    private final List<String[]> rows = new ArrayList<>();

    /** One scenario's outcome; latencies are in microseconds. */
    void add(String scenario, double offeredPerSecond, double ackedPerSecond, Histogram latencies, long errors) {
        add(scenario, offeredPerSecond, ackedPerSecond, latencies, errors, "-");
    }

    /** One scenario's outcome with the count of acknowledged records that Kafka does not hold. */
    void add(
            String scenario,
            double offeredPerSecond,
            double ackedPerSecond,
            Histogram latencies,
            long errors,
            String ackedButMissing) {
        rows.add(new String[] {
            scenario,
            offeredPerSecond < 0 ? "max" : String.format("%,.0f", offeredPerSecond),
            String.format("%,.0f", ackedPerSecond),
            millis(latencies.getValueAtPercentile(50)),
            millis(latencies.getValueAtPercentile(99)),
            millis(latencies.getValueAtPercentile(99.9)),
            Long.toString(errors),
            ackedButMissing
        });
    }

    void print() {
        String[] header = {"scenario", "offered/s", "acked/s", "p50 ms", "p99 ms", "p999 ms", "errors", "missing"};
        String format = "%-34s %10s %10s %8s %8s %8s %7s %8s%n";
        System.out.printf(format, (Object[]) header);
        rows.forEach(row -> System.out.printf(format, (Object[]) row));
    }

    private static String millis(long micros) {
        return String.format("%.2f", micros / 1000.0);
    }
}
