package dev.switchboard.identity.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.web.ServiceUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The breaker around the realm's Admin API: an outage opens it, so later calls fail at once; refusals never do. */
class RealmCallsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RealmCalls calls = new RealmCalls(meters, CircuitBreakerConfig.custom()
            .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofMinutes(1)).build());

    @Test
    void keycloakAwayOpensTheBreakerSoTheNextCallsAre503sWithoutReachingIt() {
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThatThrownBy(() -> calls.call(() -> {
                throw new ProcessingException(new ConnectException("Connection refused"));
            })).isInstanceOf(ServiceUnavailableException.class);
        }

        AtomicInteger reached = new AtomicInteger();
        assertThatThrownBy(() -> calls.call(reached::incrementAndGet))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("unavailable");
        assertThat(reached).hasValue(0);
        assertThat(calls.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(meters.get("resilience4j.circuitbreaker.state").tag("name", RealmCalls.BREAKER)
                .tag("state", "open").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void keycloakRefusingAChangeIsAConflictAndLeavesTheBreakerClosed() {
        for (int attempt = 0; attempt < 8; attempt++) {
            assertThatThrownBy(() -> calls.call(() -> {
                throw new ClientErrorException(409);
            })).isInstanceOf(DomainRuleViolation.class);
        }

        assertThat(calls.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(calls.call(() -> "answered")).isEqualTo("answered");
    }
}
