package dev.switchboard.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * The whole system as separate processes: Kafka, MongoDB, Keycloak, mail and the six services. Used by
 * {@code ./switchboard up|down|status} and by the system tests, so both start it the same way.
 */
public final class Stack {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final StackLayout layout;
    private final Processes processes;
    private final List<Component> components;

    private Stack(StackLayout layout, Map<String, String> serviceEnvironment) {
        this.layout = layout;
        this.processes = new Processes(layout);
        this.components = new Components(layout, serviceEnvironment).all();
    }

    public static Stack of(Path projectRoot, Path stateDir) {
        return of(projectRoot, stateDir, Map.of());
    }

    /**
     * A stack whose services (and gateway) start with these environment variables on top of the launcher's own,
     * as an operator sets them, e.g. {@code MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT}.
     */
    public static Stack of(Path projectRoot, Path stateDir, Map<String, String> serviceEnvironment) {
        return new Stack(StackLayout.of(projectRoot, stateDir), Map.copyOf(serviceEnvironment));
    }

    /**
     * Starts whatever is not running yet and waits until every component is ready. Components already started
     * by this stack are left alone, so calling it again while up does no harm.
     */
    public StartReport up(PrintStream out, Duration timeout) {
        return up(out, timeout, components);
    }

    /** Starts only the named components (and waits for them), for tests that need just a part of the system. */
    public StartReport up(PrintStream out, Duration timeout, Set<String> only) {
        List<Component> chosen = components.stream().filter(component -> only.contains(component.name())).toList();
        if (chosen.size() != only.size()) {
            throw new StackException("unknown components in " + only + "; known: " + urls().keySet());
        }
        return up(out, timeout, chosen);
    }

    private StartReport up(PrintStream out, Duration timeout, List<Component> chosen) {
        refuseForeignPortHolders(chosen);
        Map<Component, Long> startedAt = new LinkedHashMap<>();
        for (Component component : chosen) {
            if (processes.running(component.name()).isPresent()) {
                out.printf("  %-20s already running%n", component.name());
                continue;
            }
            out.printf("  %-20s starting (log: %s)%n", component.name(), processes.log(component.name()));
            component.prepare().run();
            startedAt.put(component, System.nanoTime());
            processes.start(component);
        }
        Map<String, Duration> timeToReady = awaitReady(out, chosen, startedAt, timeout);
        Map<String, Long> rss = new LinkedHashMap<>();
        chosen.forEach(component -> rss.put(component.name(),
                processes.running(component.name()).map(Processes::residentKib).orElse(0L)));
        return new StartReport(timeToReady, rss);
    }

    private Map<String, Duration> awaitReady(PrintStream out, List<Component> chosen, Map<Component, Long> startedAt,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        Map<String, Duration> timeToReady = new LinkedHashMap<>();
        List<Component> waiting = new ArrayList<>(chosen);
        while (!waiting.isEmpty()) {
            for (Component component : List.copyOf(waiting)) {
                if (processes.running(component.name()).isEmpty()) {
                    throw new StackException(component.name() + " exited while starting; the end of its log:\n"
                            + tail(processes.log(component.name())));
                }
                if (component.ready().getAsBoolean()) {
                    waiting.remove(component);
                    Long started = startedAt.get(component);
                    if (started != null) {
                        Duration took = Duration.ofNanos(System.nanoTime() - started);
                        timeToReady.put(component.name(), took);
                        out.printf("  %-20s ready after %.1f s%n", component.name(), took.toMillis() / 1000.0);
                    }
                }
            }
            if (waiting.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new StackException("not ready after " + timeout.toSeconds() + " s: " + names(waiting)
                        + "; see the logs in " + layout.logs());
            }
            if (System.nanoTime() > nextProgress) {
                out.printf("  ... waiting for %s%n", names(waiting));
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return timeToReady;
    }

    /** Stops one component and starts it again, waiting until it is ready (a benchmark's cold restart). */
    public StartReport restart(PrintStream out, Duration timeout, String name) {
        processes.stop(List.of(name), Duration.ofSeconds(20));
        return up(out, timeout, Set.of(name));
    }

    /** Stops one component (a test of an outage); {@link #up(PrintStream, Duration, Set)} starts it again. */
    public void stop(String name) {
        processes.stop(List.of(name), Duration.ofSeconds(20));
    }

    /** Stops every process this stack started, the services before what they depend on; returns their names. */
    public List<String> down(PrintStream out) {
        List<String> stopped = new ArrayList<>();
        for (boolean infrastructure : List.of(false, true)) {
            List<String> names = components.stream().filter(component -> component.infrastructure() == infrastructure)
                    .map(Component::name).toList();
            for (String name : processes.stop(names, Duration.ofSeconds(20))) {
                out.printf("  %-20s stopped%n", name);
                stopped.add(name);
            }
        }
        return stopped;
    }

    /** For each component: whether a process this stack started is alive, and whether it is ready. */
    public Map<String, String> status() {
        Map<String, String> status = new LinkedHashMap<>();
        for (Component component : components) {
            Optional<ProcessHandle> process = processes.running(component.name());
            status.put(component.name(), process.isEmpty() ? "stopped"
                    : component.ready().getAsBoolean() ? "ready (pid " + process.get().pid() + ")"
                    : "starting (pid " + process.get().pid() + ")");
        }
        return status;
    }

    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        components.forEach(component -> urls.put(component.name(), component.url()));
        return urls;
    }

    public Path logs() {
        return layout.logs();
    }

    private void refuseForeignPortHolders(List<Component> chosen) {
        List<String> taken = new ArrayList<>();
        for (Component component : chosen) {
            if (processes.running(component.name()).isPresent()) {
                continue;
            }
            component.ports().stream().filter(Probes::isOpen)
                    .forEach(port -> taken.add(port + " (" + component.name() + ")"));
        }
        if (!taken.isEmpty()) {
            throw new StackException("ports in use by processes this stack did not start: " + String.join(", ", taken)
                    + ". Stop them (or the stack of another checkout / state folder) and try again.");
        }
    }

    private static String names(List<Component> components) {
        return String.join(", ", components.stream().map(Component::name).toList());
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
