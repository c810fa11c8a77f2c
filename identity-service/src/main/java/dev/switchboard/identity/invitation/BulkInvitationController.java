package dev.switchboard.identity.invitation;

import dev.switchboard.platform.domain.AggregateNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Seed 004's "invite client group": many contacts invited by one job, followed as it runs. */
@Tag(name = "Invitations", description = "Invite a contact, new or existing, to the portal: mailed or quiet")
@RestController
@RequestMapping(path = "/api/invitations/bulk")
@PreAuthorize("hasRole('admin')")
class BulkInvitationController {

    private final BulkInvitations jobs;
    private final BulkProgressStream stream;

    BulkInvitationController(BulkInvitations jobs, BulkProgressStream stream) {
        this.jobs = jobs;
        this.stream = stream;
    }

    @Operation(summary = "Invite many contacts to the portal", operationId = "inviteContactsInBulk",
            description = "The contacts named in contactIds, or every contact of the client group groupId (as"
                    + " contact-service lists them now), each invited as POST /api/invitations would with its email as"
                    + " username. 202 with the job at once; each contact is then invited on its own, so one that fails"
                    + " (unknown, deleted, without email, already with credentials...) is reported and the others go"
                    + " on. kind CLIENT_GROUP needs groupId.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<BulkProgress> start(@Valid @RequestBody BulkInvite body) {
        BulkInvitation job = jobs.start(body);
        return ResponseEntity.accepted().location(URI.create("/api/invitations/bulk/" + job.id()))
                .body(BulkProgress.of(job));
    }

    @Operation(summary = "Follow a bulk invitation", operationId = "getBulkInvitation",
            description = "Its progress: total, done (= invited + failed), and each failed contact with why. With"
                    + " Accept: text/event-stream, Server-Sent Events instead: `progress` at once and whenever more"
                    + " contacts are done, then `done` with the final progress, and the stream ends.",
            responses = @ApiResponse(responseCode = "200", description = "The job's progress",
                    content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = BulkProgress.class)),
                            @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                                    schema = @Schema(implementation = BulkProgress.class))}))
    @GetMapping(path = "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_EVENT_STREAM_VALUE})
    Object progress(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        BulkInvitation job = jobs.find(id).orElseThrow(() -> new AggregateNotFound("bulk invitation", id));
        if (accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE)) {
            return stream.follow(job.id());
        }
        return BulkProgress.of(job);
    }
}
