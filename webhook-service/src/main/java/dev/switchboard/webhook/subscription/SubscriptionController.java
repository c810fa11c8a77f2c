package dev.switchboard.webhook.subscription;

import dev.switchboard.platform.web.MergePatches;
import dev.switchboard.platform.web.PageRequests;
import dev.switchboard.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Webhooks", description = "Other systems' endpoints that receive Switchboard's events, signed per"
        + " Standard Webhooks")
@RestController
@RequestMapping(path = "/api/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('admin')")
class SubscriptionController {

    private final Subscriptions subscriptions;
    private final SubscriptionRepository repository;
    private final MergePatches patches;

    SubscriptionController(Subscriptions subscriptions, SubscriptionRepository repository, MergePatches patches) {
        this.subscriptions = subscriptions;
        this.repository = repository;
        this.patches = patches;
    }

    @Operation(summary = "Subscribe an endpoint to events", operationId = "createWebhook",
            description = "Admins only. Each event of the listed types is posted to the URL as its CloudEvent"
                    + " (structured JSON), signed with the secret (headers webhook-id, webhook-timestamp,"
                    + " webhook-signature). The URL must be a public http(s) address. The secret is never answered.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SubscriptionResponse> create(@Valid @RequestBody SubscriptionFields body, Principal principal) {
        Subscription subscription = subscriptions.subscribe(body, principal.getName());
        return ResponseEntity.created(URI.create("/api/webhooks/" + subscription.id()))
                .body(SubscriptionResponse.of(subscription));
    }

    @Operation(summary = "List the webhook subscriptions", operationId = "listWebhooks")
    @GetMapping
    PageResponse<SubscriptionResponse> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "subscriptions per page")
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageResponse.of(repository.findByDeletedFalse(PageRequests.of(page, size,
                Sort.by("createdAt", "_id"))), SubscriptionResponse::of);
    }

    @Operation(summary = "Read a webhook subscription", operationId = "getWebhook")
    @GetMapping("/{id}")
    SubscriptionResponse get(@PathVariable String id) {
        return SubscriptionResponse.of(subscriptions.require(id));
    }

    @Operation(summary = "Change a webhook subscription", operationId = "patchWebhook",
            description = "A JSON merge patch (RFC 7396): a new url, event types or secret, or `enabled` to switch"
                    + " deliveries off and on (enabling a subscription disabled after failures resumes its"
                    + " pending deliveries).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
            @Content(mediaType = MergePatches.MEDIA_TYPE, schema = @Schema(implementation = SubscriptionFields.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SubscriptionFields.class))})
    @PatchMapping(path = "/{id}", consumes = {MergePatches.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    SubscriptionResponse patch(@PathVariable String id, @RequestBody JsonNode patch) {
        Subscription subscription = subscriptions.require(id);
        SubscriptionFields edited = patches.apply(SubscriptionFields.of(subscription), patch, SubscriptionFields.class,
                Set.of("id", "secretVersion", "disabledReason", "createdAt", "createdBy", "version"));
        return SubscriptionResponse.of(subscriptions.edit(subscription, edited));
    }

    @Operation(summary = "Delete a webhook subscription", operationId = "deleteWebhook",
            description = "Nothing more is delivered to it; its delivery log stays readable.")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        subscriptions.delete(subscriptions.require(id));
    }
}
