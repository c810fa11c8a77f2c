package dev.switchboard.achievement;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import dev.switchboard.platform.testkit.ServiceInputFuzz;

/**
 * Every operation of achievement-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz} and asserted
 * clean in {@link ServiceInputFuzz}; a skeleton for now, so it proves the platform's edges (unknown paths, the error
 * page) until its API arrives.
 */
class AchievementInputFuzzTest extends ServiceInputFuzz {
}
