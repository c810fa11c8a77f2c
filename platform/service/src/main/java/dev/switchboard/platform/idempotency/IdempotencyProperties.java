package dev.switchboard.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long idempotency keys count.
 *
 * @param retention         how long a key's first response is replayed (then the key may be used anew)
 * @param inProgressTimeout how long a first request may run before a retry of it may run again: the time after
 *                          which a key left in progress by a crashed instance is free again
 */
@ConfigurationProperties("switchboard.idempotency")
public record IdempotencyProperties(Duration retention, Duration inProgressTimeout) {

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        inProgressTimeout = inProgressTimeout == null ? Duration.ofMinutes(1) : inProgressTimeout;
    }
}
