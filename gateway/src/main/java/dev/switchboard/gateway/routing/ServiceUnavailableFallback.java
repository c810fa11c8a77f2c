package dev.switchboard.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import dev.switchboard.gateway.problem.Problems;
import dev.switchboard.platform.correlation.CorrelationIds;
import dev.switchboard.platform.problems.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Where every route's circuit breaker forwards when its service cannot be used: breaker open, service unreachable or
 * too slow. A service that answers, even with 4xx or 5xx, never comes here. The route id is the service's name.
 * Only reachable by that internal forward: security denies the path to callers.
 */
@Configuration(proxyBeanMethods = false)
class ServiceUnavailableFallback {

    static final String PATH = "/fallback/service-unavailable";

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

    @Bean
    RouterFunction<ServerResponse> serviceUnavailableRoute() {
        return RouterFunctions.route(RequestPredicates.path(PATH), ServiceUnavailableFallback::serviceUnavailable);
    }

    private static Mono<ServerResponse> serviceUnavailable(ServerRequest request) {
        Route route = request.exchange().getAttribute(GATEWAY_ROUTE_ATTR);
        String service = route == null ? "downstream" : route.getId();
        Throwable cause = request.exchange().getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("{} service unavailable (correlation id {}): {}", service,
                request.headers().firstHeader(CorrelationIds.HEADER), String.valueOf(cause));
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                "Service unavailable", "The " + service + " service is not available right now; retry shortly.");
        problem.setProperty("service", service);
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem);
    }
}
