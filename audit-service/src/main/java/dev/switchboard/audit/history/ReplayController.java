package dev.switchboard.audit.history;

import dev.switchboard.platform.web.NotFoundException;
import dev.switchboard.platform.web.ServiceUnavailableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the history from the topics' retained events. */
@RestController
@Tag(name = "History rebuild", description = "Reads a topic's retained events again into the history.")
class ReplayController {

    private final HistoryReplays replays;

    ReplayController(HistoryReplays replays) {
        this.replays = replays;
    }

    @PostMapping(path = "/api/audit/replay", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('super-user')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rebuild the history from a topic", operationId = "startAuditReplay",
            description = "Starts a job that reads the topic's retained events from `from` (or its start) up to its "
                    + "current end, adding only what the history does not hold yet. Follow it with `getAuditReplay`.")
    ResponseEntity<ReplayJob> start(@Valid @RequestBody ReplayRequest request) {
        ReplayJob job;
        try {
            job = replays.start(request);
        } catch (HistoryReplays.KafkaUnavailable e) {
            throw new ServiceUnavailableException("Kafka did not answer; try the rebuild again later.");
        }
        return ResponseEntity.created(URI.create("/api/audit/replay/" + job.id())).body(job);
    }

    @GetMapping(path = "/api/audit/replay/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('super-user')")
    @Operation(summary = "Follow a history rebuild", operationId = "getAuditReplay",
            description = "How far the job got: records read, events newly recorded, unreadable records, and "
                    + "whether it is RUNNING, DONE or FAILED.")
    ReplayJob job(@PathVariable @Size(max = 100) String jobId) {
        ReplayJob job = replays.find(jobId);
        if (job == null) {
            throw new NotFoundException("replay job", jobId);
        }
        return job;
    }
}
