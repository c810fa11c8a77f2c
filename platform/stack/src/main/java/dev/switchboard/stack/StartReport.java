package dev.switchboard.stack;

import java.time.Duration;
import java.util.Map;

/**
 * What a start measured: time from launch to ready per component started by it, and resident memory of every
 * component once all were ready.
 */
public record StartReport(Map<String, Duration> timeToReady, Map<String, Long> residentKib) {

    public long totalResidentMib() {
        return residentKib.values().stream().mapToLong(Long::longValue).sum() / 1024;
    }

    public Duration slowest() {
        return timeToReady.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    public String table() {
        StringBuilder table = new StringBuilder(String.format("  %-20s %14s %10s%n", "component", "ready after", "RSS"));
        residentKib.forEach((name, kib) -> {
            Duration took = timeToReady.get(name);
            table.append(String.format("  %-20s %14s %7d MiB%n", name,
                    took == null ? "(was running)" : String.format("%.1f s", took.toMillis() / 1000.0), kib / 1024));
        });
        table.append(String.format("  %-20s %14s %7d MiB%n", "total",
                String.format("%.1f s", slowest().toMillis() / 1000.0), totalResidentMib()));
        return table.toString();
    }
}
