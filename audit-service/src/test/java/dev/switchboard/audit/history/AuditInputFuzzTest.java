package dev.switchboard.audit.history;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import dev.switchboard.platform.testkit.ServiceInputFuzz;

/**
 * Every operation of audit-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz} and asserted clean
 * in {@link ServiceInputFuzz}.
 */
class AuditInputFuzzTest extends ServiceInputFuzz {

    @Override
    protected OpenApiFuzz.Builder prepare(OpenApiFuzz.Builder fuzz) {
        return fuzz.parameter("entityType", () -> "contact");
    }
}
