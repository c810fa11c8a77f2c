package dev.switchboard.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a benchmark measured: printed as it goes, then appended under a dated heading to {@code benchmarks.md}. */
final class Report {

    private final List<String> lines = new ArrayList<>();

    synchronized void line(String format, Object... args) {
        String line = "- " + String.format(format, args);
        lines.add(line);
        System.out.println(line);
    }

    /** Appends the lines under "## today, heading" to the state folder's {@code benchmarks.md}. */
    synchronized void appendTo(Path state, String heading) throws IOException {
        String text = "## " + LocalDate.now() + ", " + heading + "\n" + String.join("\n", lines) + "\n\n";
        Files.createDirectories(state);
        Files.writeString(state.resolve("benchmarks.md"), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(text);
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
