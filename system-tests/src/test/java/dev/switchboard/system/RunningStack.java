package dev.switchboard.system;

import dev.switchboard.stack.Stack;
import dev.switchboard.stack.StartReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The whole system, started once per test JVM by the same code as {@code ./switchboard up}, in the checkout's
 * test state folder (target/test-stack, shared with the test kit's Keycloak), and stopped when the JVM ends.
 * Its services export their spans to a collector inside the test JVM, switched on as README's "Operate it" tells
 * an operator to. webhook-service may post to receivers on {@code localhost}, the tests' own, and the gateway's
 * per-user rate limit is lifted.
 */
final class RunningStack {

    private static StartReport report;
    private static OtlpCollector traces;

    private RunningStack() {
    }

    static synchronized StartReport ensureStarted() {
        if (report == null) {
            Path root = Path.of(System.getProperty("switchboard.root", "..")).toAbsolutePath().normalize();
            traces = OtlpCollector.start();
            Stack stack = Stack.of(root, root.resolve("target/test-stack"),
                    Map.of("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", traces.endpoint(),
                            // the webhook receivers of the tests listen on this machine
                            "SWITCHBOARD_WEBHOOKS_PRIVATEHOSTSALLOWED", "localhost",
                            // the race tests send far more than a person's 600 requests a minute as one demo user;
                            // the gateway's own tests prove the limits
                            "SWITCHBOARD_GATEWAY_RATELIMIT_USER_REQUESTS", "1000000"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.down(System.out);
                traces.stop();
            }));
            report = stack.up(System.out, Duration.ofMinutes(6));
            System.out.print(report.table());
        }
        return report;
    }

    /** The spans the running system has exported so far. */
    static synchronized OtlpCollector traces() {
        ensureStarted();
        return traces;
    }
}
