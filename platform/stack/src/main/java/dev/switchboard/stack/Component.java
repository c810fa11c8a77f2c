package dev.switchboard.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One process of the stack.
 *
 * @param name      what the stack calls it (also its log and pid file names)
 * @param ports     the ports it listens on, checked to be free before it starts
 * @param prepare   one-off work before the first start (format storage, unpack a distribution)
 * @param command   the command line
 * @param workDir   where it runs
 * @param env       extra environment
 * @param ready     true once it serves
 * @param url       what a person opens or connects to, for the summary
 * @param infrastructure whether the services depend on it being up first
 */
record Component(String name, List<Integer> ports, Runnable prepare, List<String> command, Path workDir,
        Map<String, String> env, BooleanSupplier ready, String url, boolean infrastructure) {
}
