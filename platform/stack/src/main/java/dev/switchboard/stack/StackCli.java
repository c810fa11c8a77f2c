package dev.switchboard.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/** {@code ./switchboard up|down|status}: the command line of the stack. */
public final class StackCli {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private StackCli() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: StackCli up|down|status <project root> <state folder>");
            System.exit(2);
        }
        Stack stack = Stack.of(Path.of(args[1]), Path.of(args[2]));
        PrintStream out = System.out;
        try {
            switch (args[0]) {
                case "up" -> up(stack, Path.of(args[2]), out);
                case "down" -> {
                    if (stack.down(out).isEmpty()) {
                        out.println("Nothing of this stack was running.");
                    }
                }
                case "status" -> stack.status().forEach((name, state) -> out.printf("  %-20s %s%n", name, state));
                default -> {
                    System.err.println("unknown command " + args[0]);
                    System.exit(2);
                }
            }
        } catch (StackException e) {
            System.err.println("switchboard: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void up(Stack stack, Path state, PrintStream out) throws IOException {
        out.println("Starting Switchboard (state and logs in " + state.toAbsolutePath() + ")");
        StartReport report = stack.up(out, START_TIMEOUT);
        out.println();
        out.print(report.table());
        Path record = state.resolve("startup-times.txt");
        Files.writeString(record, "# " + Instant.now() + "\n" + report.table(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        out.println();
        out.println("Switchboard is up. Through the gateway:  http://localhost:8080/api/...");
        out.println("  API docs:            http://localhost:8080/swagger-ui.html");
        stack.urls().forEach((name, url) -> out.printf("  %-20s %s%n", name, url));
        out.println();
        out.println("Demo users (realm 'switchboard', client 'switchboard-console'):");
        out.println("  admin / admin-demo-pass     viewer, editor, admin, super-user");
        out.println("  manager / manager-demo-pass viewer, editor, admin (no super-user: may not purge)");
        out.println("  editor / editor-demo-pass   viewer, editor");
        out.println("  viewer / viewer-demo-pass   viewer");
        out.println("  client credentials: switchboard-integration / integration-secret (editor, viewer)");
        out.println("Get a token:");
        out.println("  curl -s -d grant_type=password -d client_id=switchboard-console -d username=editor \\");
        out.println("       -d password=editor-demo-pass http://localhost:8180/realms/switchboard/protocol/openid-connect/token");
        out.println("Logs: " + stack.logs() + "   Startup times: " + record);
        out.println("Stop: ./switchboard down");
    }
}
