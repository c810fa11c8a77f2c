package dev.switchboard.identity;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import dev.switchboard.platform.testkit.ServiceInputFuzz;

/**
 * Every operation of identity-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz} and asserted
 * clean in {@link ServiceInputFuzz}; a skeleton for now, so it proves the platform's edges (unknown paths, the error
 * page) until its API arrives.
 */
class IdentityInputFuzzTest extends ServiceInputFuzz {
}
