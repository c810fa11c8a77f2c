package dev.switchboard.gateway.composition;

import dev.switchboard.gateway.composition.Part.Answered;
import dev.switchboard.gateway.composition.Part.Refused;
import dev.switchboard.gateway.composition.Part.Unavailable;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * One GET of one part about a contact, with the caller's token, through the part's own circuit breaker and within the
 * part's time. Only a failure of the service counts against its breaker (unreachable, too slow, 5xx); a 4xx is the
 * service's answer about this caller or contact and is reported as such.
 */
@Component
class ServiceCalls {

    private static final Logger log = LoggerFactory.getLogger(ServiceCalls.class);

    private final WebClient client;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final Duration timeout;

    ServiceCalls(WebClient.Builder client, ReactiveCircuitBreakerFactory<?, ?> breakers,
            @Value("${switchboard.gateway.profile.part-timeout}") Duration timeout) {
        this.client = client.build();
        this.breakers = breakers;
        this.timeout = timeout;
    }

    Mono<Part> get(String breaker, HttpHeaders relayed, String uriTemplate, Object... uriVariables) {
        Mono<Part> call = client.get().uri(uriTemplate, uriVariables)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.addAll(relayed))
                .exchangeToMono(response -> {
                    HttpStatusCode status = response.statusCode();
                    if (status.is2xxSuccessful()) {
                        return response.bodyToMono(JsonNode.class).<Part>map(Answered::new)
                                .defaultIfEmpty(new Answered(NullNode.getInstance()));
                    }
                    if (status.is4xxClientError()) {
                        return response.bodyToMono(JsonNode.class).onErrorResume(unreadable -> Mono.empty())
                                .<Part>map(problem -> new Refused(status.value(), problem))
                                .defaultIfEmpty(new Refused(status.value(), null));
                    }
                    return response.releaseBody().then(Mono.error(new ServiceFailed(status)));
                })
                .timeout(timeout);
        return breakers.create(breaker).run(call, failure -> Mono.just(unavailable(breaker, failure)));
    }

    private Part unavailable(String breaker, Throwable failure) {
        log.warn("{} unavailable: {}", breaker, NestedExceptionUtils.getMostSpecificCause(failure).toString());
        return switch (failure) {
            case TimeoutException e -> new Unavailable("timeout", "The service did not answer within " + timeout.toMillis() + " ms.");
            case CallNotPermittedException e -> new Unavailable("circuit-open",
                    "The service failed too often lately; it is not asked again for a while.");
            case ServiceFailed e -> new Unavailable("service-error", "The service answered " + e.status.value() + ".");
            case WebClientRequestException e when e.getCause() instanceof ConnectException ->
                    new Unavailable("service-down", "The service cannot be reached.");
            default -> new Unavailable("service-unavailable", "The service is not available right now.");
        };
    }

    /** A 5xx: the service failed, which its breaker counts. */
    private static final class ServiceFailed extends RuntimeException {

        private final HttpStatusCode status;

        ServiceFailed(HttpStatusCode status) {
            super("answered " + status.value(), null, false, false);
            this.status = status;
        }
    }
}
