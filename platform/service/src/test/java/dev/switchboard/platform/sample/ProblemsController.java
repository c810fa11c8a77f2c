package dev.switchboard.platform.sample;

import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.InvalidValues;
import dev.switchboard.platform.web.ConflictException;
import dev.switchboard.platform.web.NotFoundException;
import dev.switchboard.platform.web.UnprocessableException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fails on purpose, one way per path, to show how each failure reaches a client. */
@RestController
class ProblemsController {

    @PostMapping("/api/failures/{kind}")
    @ApiResponse(responseCode = "404", description = "Gadget g-1 does not exist (kind `missing`).")
    void fail(@PathVariable String kind) {
        switch (kind) {
            case "missing" -> throw new NotFoundException("gadget", "g-1");
            case "conflict" -> throw new ConflictException("Gadget g-1 cannot be deleted", List.of("it has history"));
            case "stale" -> throw new OptimisticLockingFailureException("version 3 expected");
            case "rule" -> throw new UnprocessableException("Account a-1 is inactive");
            case "unknown-aggregate" -> throw new AggregateNotFound("gadget", "g-2");
            case "invalid-values" -> throw new InvalidValues(List.of(new InvalidValues.Problem("emails[1].address",
                    "appears more than once"), new InvalidValues.Problem("customFields.size", "must be a number")));
            default -> throw new IllegalStateException("secret internals " + kind);
        }
    }
}
