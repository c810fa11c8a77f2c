package dev.switchboard.stack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where things are: the project checkout (built jars, realm), the state folder (data, logs, pids), the JDK
 * and the launcher's own class path, which also runs the Kafka broker and the MongoDB server.
 */
public record StackLayout(Path root, Path state, Path java, Properties versions) {

    public static StackLayout of(Path root, Path state) {
        Path java = ProcessHandle.current().info().command().map(Path::of)
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs the launcher"));
        Properties versions = new Properties();
        try (InputStream in = StackLayout.class.getResourceAsStream("/stack.properties")) {
            versions.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("stack.properties missing from the launcher's class path", e);
        }
        return new StackLayout(root.toAbsolutePath().normalize(), state.toAbsolutePath().normalize(), java, versions);
    }

    Path logs() {
        return dir(state.resolve("logs"));
    }

    Path pids() {
        return dir(state.resolve("pids"));
    }

    Path data(String component) {
        return dir(state.resolve("data").resolve(component));
    }

    Path javaHome() {
        return java.getParent().getParent();
    }

    String version(String key) {
        return versions.getProperty(key);
    }

    /** The launcher module's classes and dependencies, as Maven builds them into platform/stack/target. */
    String launcherClassPath() {
        Path target = root.resolve("platform/stack/target");
        return target.resolve("classes") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
    }

    static Path dir(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
