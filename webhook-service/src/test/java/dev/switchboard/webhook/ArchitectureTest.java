package dev.switchboard.webhook;

import dev.switchboard.platform.testkit.ServiceArchitectureRules;

/** Runs the architecture rules every service keeps, asserted in {@link ServiceArchitectureRules}, here. */
class ArchitectureTest extends ServiceArchitectureRules {
}
