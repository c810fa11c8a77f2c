package dev.switchboard.platform.stacktestkit;

import dev.switchboard.stack.RealmTokens;
import dev.switchboard.stack.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * The real Keycloak (and the mail server its realm sends through), started once per test JVM from the Maven
 * distribution by the same launcher as {@code ./switchboard up}, for tests that need real tokens or the Admin API.
 * Its state folder is shared with the system tests, so one build unpacks and first boots Keycloak only once.
 */
public final class TestKeycloak {

    public static final String ISSUER = RealmTokens.SWITCHBOARD;

    private static boolean started;
    private static Stack stack;

    private TestKeycloak() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        Path root = projectRoot();
        Stack launched = Stack.of(root, testStackState(root));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> launched.down(System.out)));
        launched.up(System.out, Duration.ofMinutes(5), Set.of("keycloak", "mail"));
        stack = launched;
        started = true;
    }

    /** Takes Keycloak away (the mail server stays), for a test of what happens while it is down. */
    public static synchronized void stopKeycloak() {
        start();
        stack.stop("keycloak");
    }

    /** Brings Keycloak back after {@link #stopKeycloak()}, once it is ready again. */
    public static synchronized void restartKeycloak() {
        start();
        stack.up(System.out, Duration.ofMinutes(5), Set.of("keycloak"));
    }

    public static String userToken(String username, String password) {
        start();
        return RealmTokens.user(username, password);
    }

    public static String clientToken(String clientId, String secret) {
        start();
        return RealmTokens.client(clientId, secret);
    }

    /** Where test runs keep the processes they start: one place per checkout, under the root's target/. */
    public static Path testStackState(Path root) {
        return root.resolve("target/test-stack");
    }

    /** The checkout this test runs in: the nearest folder up from the working directory that holds the realm. */
    public static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("infra/keycloak/switchboard-realm.json"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside a Switchboard checkout: " + Path.of("").toAbsolutePath());
    }
}
