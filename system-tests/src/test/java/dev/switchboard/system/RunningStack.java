package dev.switchboard.system;

import dev.switchboard.stack.Stack;
import dev.switchboard.stack.StartReport;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The whole system, started once per test JVM by the same code as {@code ./switchboard up}, in the checkout's
 * test state folder (target/test-stack, shared with the test kit's Keycloak), and stopped when the JVM ends.
 */
final class RunningStack {

    private static StartReport report;

    private RunningStack() {
    }

    static synchronized StartReport ensureStarted() {
        if (report == null) {
            Path root = Path.of(System.getProperty("switchboard.root", "..")).toAbsolutePath().normalize();
            Stack stack = Stack.of(root, root.resolve("target/test-stack"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stack.down(System.out)));
            report = stack.up(System.out, Duration.ofMinutes(6));
            System.out.print(report.table());
        }
        return report;
    }
}
