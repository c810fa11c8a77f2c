package dev.switchboard.webhook.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries are attempted.
 *
 * @param retrySchedule        the waits after each failed attempt; when they are used up the delivery failed and
 *                             its subscription is disabled
 * @param privateHostsAllowed  host names that may resolve to loopback or private addresses (a receiver on the same
 *                             machine in a test or a demo); every other target must be a public address
 * @param connectTimeout       how long to wait for the target to accept the connection
 * @param responseTimeout      how long to wait for its answer
 * @param pollInterval         how often due deliveries are looked for
 */
@ConfigurationProperties("switchboard.webhooks")
public record WebhookProperties(List<Duration> retrySchedule, Set<String> privateHostsAllowed,
        Duration connectTimeout, Duration responseTimeout, Duration pollInterval) {

    public WebhookProperties {
        retrySchedule = retrySchedule == null ? List.of() : List.copyOf(retrySchedule);
        privateHostsAllowed = privateHostsAllowed == null ? Set.of() : Set.copyOf(privateHostsAllowed);
    }
}
