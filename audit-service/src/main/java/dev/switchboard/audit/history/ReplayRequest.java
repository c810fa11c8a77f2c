package dev.switchboard.audit.history;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/** Which topic to read again, and from when (its whole retained history when absent). */
record ReplayRequest(
        @Schema(description = "A domain topic, e.g. `switchboard.contacts.v1`.", example = "switchboard.contacts.v1")
        @NotNull @Pattern(regexp = "switchboard\\.[a-z0-9-]{1,50}\\.v1") String topic,
        @Schema(description = "Read the events from this time on; absent for the whole retained history.")
        Instant from) {
}
