package dev.switchboard.gateway.profile;

import dev.switchboard.gateway.composition.Part.Refused;
import dev.switchboard.gateway.composition.RelayedHeaders;
import dev.switchboard.gateway.problem.Problems;
import dev.switchboard.platform.problems.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Answered by the gateway itself, ahead of the routes: the contact route would otherwise take the path. */
@RestController
@Tag(name = "Contact profile", description = "Everything about a contact in one call, from every service.")
class ContactProfileController {

    private final ContactProfiles profiles;

    ContactProfileController(ContactProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping(path = "/api/contacts/{id}/profile", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a contact's profile", operationId = "getContactProfile",
            description = "The contact, its accounts, portal credentials, achievements and latest history, asked of "
                    + "their services at once. A part whose service is down, slow or refuses the caller is marked "
                    + "{\"unavailable\": true, \"reason\": ...} and the rest is still answered; each service decides "
                    + "what the caller may see. The contact itself not found or refused: that problem.")
    Mono<ResponseEntity<Object>> profile(@PathVariable String id, ServerHttpRequest request) {
        return profiles.compose(id, RelayedHeaders.of(request)).map(profile -> {
            Refused refusal = profile.refusal();
            if (refusal == null) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(profile.toJson());
            }
            Object problem = refusal.problem() != null && refusal.problem().isObject() ? refusal.problem()
                    : problemWithoutBody(refusal.status(), id);
            return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        });
    }

    private static ProblemDetail problemWithoutBody(int status, String id) {
        HttpStatus refused = HttpStatus.valueOf(status);
        return switch (status) {
            case 401 -> Problems.problem(refused, ProblemTypes.UNAUTHENTICATED, "Unauthenticated", "The token was refused.");
            case 403 -> Problems.problem(refused, ProblemTypes.FORBIDDEN, "Forbidden", "You may not read contact " + id + ".");
            case 404 -> Problems.problem(refused, ProblemTypes.NOT_FOUND, "Not found", "No contact " + id + ".");
            default -> Problems.problem(refused, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The contact service refused the request.");
        };
    }
}
