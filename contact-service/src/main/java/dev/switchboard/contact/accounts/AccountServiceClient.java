package dev.switchboard.contact.accounts;

import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.events.Address;
import dev.switchboard.platform.web.ServiceUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Asks account-service for one account, on behalf of the caller (whose token it relays). Guarded by a retry for
 * a blip and a circuit breaker for an outage, so a request waits at most a few seconds before a 503 problem.
 */
@Component
class AccountServiceClient {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Retry retry;

    AccountServiceClient(@Value("${switchboard.contacts.account-service-url}") String accountServiceUrl,
            ObservationRegistry observations, MeterRegistry meters) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(1));
        requests.setReadTimeout(Duration.ofSeconds(3));
        // observed: the call joins the caller's trace (traceparent) and shows in http_client_requests_seconds
        this.http = RestClient.builder().baseUrl(accountServiceUrl).requestFactory(requests)
                .observationRegistry(observations).build();
        // in a registry bound to the meters, so its state shows as resilience4j_circuitbreaker_state
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        this.breaker = breakers.circuitBreaker("account-service", CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .ignoreExceptions(HttpClientErrorException.class)
                .build());
        this.retry = Retry.of("account-service", RetryConfig.custom()
                .maxAttempts(2).waitDuration(Duration.ofMillis(200))
                .retryExceptions(RestClientException.class)
                .ignoreExceptions(HttpClientErrorException.class)
                .build());
    }

    Optional<AccountView> fetch(String accountId) {
        if (!ID.matcher(accountId).matches()) {
            // no id of ours looks like this, and it must never become another path of account-service
            return Optional.empty();
        }
        Supplier<Optional<AccountView>> call = () -> get(accountId);
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            // account-service refused what the client sent us to ask: the client's fault, not an outage
            throw DomainRuleViolation.unprocessable("Account " + accountId
                    + " cannot be used (account-service answered " + e.getStatusCode().value() + ").");
        } catch (CallNotPermittedException | RestClientException e) {
            throw new ServiceUnavailableException("account-service is unavailable, so account " + accountId
                    + " cannot be checked now; retry shortly.");
        }
    }

    private Optional<AccountView> get(String accountId) {
        AccountJson account = http.get().uri("/api/accounts/{id}", accountId)
                .headers(headers -> relayAuthorization(headers))
                .retrieve().body(AccountJson.class);
        return Optional.ofNullable(account).map(AccountJson::toView);
    }

    private static void relayAuthorization(HttpHeaders headers) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String authorization = request.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null) {
                headers.set(HttpHeaders.AUTHORIZATION, authorization);
            }
        }
    }

    private record AccountJson(String id, String name, boolean active, List<Address> addresses, long version) {

        AccountView toView() {
            return new AccountView(id, name, active, addresses, version);
        }
    }
}
