package dev.switchboard.identity.realm;

import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.web.ServiceUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every call to the realm's Admin API, behind one circuit breaker: while Keycloak is away, a request is answered 503
 * (with Retry-After) at once instead of after a timeout, and a lifecycle reaction fails just as fast, as a transient
 * failure its inbox retries. Keycloak's refusals become domain refusals and never open the breaker.
 */
@Component
class RealmCalls {

    static final String BREAKER = "keycloak";

    private static final Logger log = LoggerFactory.getLogger(RealmCalls.class);

    private final CircuitBreaker breaker;

    @Autowired
    RealmCalls(MeterRegistry meters) {
        this(meters, CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .build());
    }

    RealmCalls(MeterRegistry meters, CircuitBreakerConfig config) {
        // in a registry bound to the meters, so its state shows as resilience4j_circuitbreaker_state
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        // only an outage counts: a refusal (a domain rule) is Keycloak answering, so the breaker stays closed
        this.breaker = breakers.circuitBreaker(BREAKER, CircuitBreakerConfig.from(config)
                .recordException(ServiceUnavailableException.class::isInstance)
                .ignoreExceptions(DomainRuleViolation.class)
                .build());
    }

    <T> T call(Supplier<T> action) {
        try {
            return breaker.executeSupplier(() -> translated(action));
        } catch (CallNotPermittedException e) {
            throw new ServiceUnavailableException("The realm (Keycloak) is unavailable; retry shortly.");
        }
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    private static <T> T translated(Supplier<T> action) {
        try {
            return action.get();
        } catch (ClientErrorException e) {
            if (e.getResponse().getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw DomainRuleViolation.conflict("The realm refused the change: another user has that username or"
                        + " email.", List.of());
            }
            log.warn("The realm's Admin API refused a call: {}", e.toString());
            throw new ServiceUnavailableException("The realm (Keycloak) refused identity-service's call; retry shortly.");
        } catch (ProcessingException | WebApplicationException e) {
            log.warn("The realm's Admin API failed: {}", e.toString());
            throw new ServiceUnavailableException("The realm (Keycloak) cannot be reached or failed; retry shortly.");
        }
    }
}
