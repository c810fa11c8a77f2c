package dev.switchboard.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts components as processes of their own session (so a Ctrl-C in the terminal that started them does not
 * end them) and remembers each by pid and start time, so that stopping ends exactly the processes it started
 * and never a stranger that reused a pid.
 */
final class Processes {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final StackLayout layout;

    Processes(StackLayout layout) {
        this.layout = layout;
    }

    Optional<ProcessHandle> running(String name) {
        Path pidFile = pidFile(name);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String[] saved = Files.readString(pidFile).trim().split(" ");
            long pid = Long.parseLong(saved[0]);
            long started = Long.parseLong(saved[1]);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == started);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    ProcessHandle start(Component component) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.addAll(component.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(component.workDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(component.name()).toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(component.env());
        try {
            ProcessHandle handle = builder.start().toHandle();
            long started = handle.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
            Files.writeString(pidFile(component.name()), handle.pid() + " " + started + "\n");
            return handle;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + component.name(), e);
        }
    }

    /**
     * Ends the named components' processes and everything they spawned, all at once: politely first, forcibly
     * for whatever is still alive after the grace time. Returns the names that were running.
     */
    List<String> stop(List<String> names, Duration grace) {
        List<String> stopped = new ArrayList<>();
        List<ProcessHandle> tree = new ArrayList<>();
        for (String name : names) {
            running(name).ifPresent(handle -> {
                stopped.add(name);
                tree.add(handle);
                handle.descendants().forEach(tree::add);
            });
        }
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception stillAlive) {
                process.destroyForcibly();
            }
        }
        for (String name : names) {
            try {
                Files.deleteIfExists(pidFile(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stopped;
    }

    /** Resident memory of the process and its descendants, in KiB, read from /proc. */
    static long residentKib(ProcessHandle handle) {
        return Stream.concat(Stream.of(handle), handle.descendants()).mapToLong(Processes::ownResidentKib).sum();
    }

    private static long ownResidentKib(ProcessHandle process) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(0);
        } catch (IOException | UncheckedIOException gone) {
            return 0;
        }
    }

    Path log(String name) {
        return layout.logs().resolve(name + ".log");
    }

    private Path pidFile(String name) {
        return layout.pids().resolve(name + ".pid");
    }
}
