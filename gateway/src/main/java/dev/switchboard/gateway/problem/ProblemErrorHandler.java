package dev.switchboard.gateway.problem;

import dev.switchboard.platform.problems.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whatever fails in the gateway itself (no route for a path, a bug) leaves as a problem, never as Boot's error page
 * or a stack trace. Ahead of Boot's handler, which is at -1.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemWriter writer;

    ProblemErrorHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = error instanceof ResponseStatusException e ? e.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("{} {} failed in the gateway", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        }
        return writer.write(exchange.getResponse(), problemFor(status));
    }

    private static ProblemDetail problemFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> Problems.problem(status, ProblemTypes.NOT_FOUND, "Not found", "No API answers at this path.");
            case 405 -> Problems.problem(status, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                    "This path does not accept that method.");
            case 413 -> Problems.problem(status, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                    "The request body is larger than this path accepts.");
            case 503 -> Problems.problem(status, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
                    "The service behind this path is not available right now; retry shortly.");
            default -> status.is4xxClientError()
                    ? Problems.problem(status, ProblemTypes.MALFORMED_REQUEST, "Malformed request", "The gateway cannot forward this request.")
                    : Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                            "Something went wrong in the gateway; the correlation id in the response identifies it.");
        };
    }
}
