package dev.switchboard.webhook.delivery;

import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.web.PageRequests;
import dev.switchboard.platform.web.PageResponse;
import dev.switchboard.webhook.subscription.Subscriptions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Webhook deliveries", description = "What was posted to a subscription's endpoint, how it answered,"
        + " and posting an event again")
@RestController
@RequestMapping(path = "/api/webhooks/{subscriptionId}/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('admin')")
class DeliveryController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("eventTime"), Sort.Order.desc("_id"));

    private final DeliveryRepository deliveries;
    private final Subscriptions subscriptions;
    private final Clock clock;

    DeliveryController(DeliveryRepository deliveries, Subscriptions subscriptions, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Operation(summary = "Read a subscription's delivery log", operationId = "listWebhookDeliveries",
            description = "Newest event first, each with its attempts (time, HTTP status, outcome, duration). The log"
                    + " of a deleted subscription stays readable.")
    @GetMapping
    PageResponse<DeliveryResponse> list(@PathVariable String subscriptionId,
            @Parameter(description = "only deliveries in this state")
            @RequestParam(required = false) DeliveryStatus status,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "deliveries per page")
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        subscriptions.find(subscriptionId).orElseThrow(() -> new AggregateNotFound("webhook", subscriptionId));
        PageRequest request = PageRequests.of(page, size, NEWEST_FIRST);
        return PageResponse.of(status == null ? deliveries.findBySubscriptionId(subscriptionId, request)
                : deliveries.findBySubscriptionIdAndStatus(subscriptionId, status, request), DeliveryResponse::of);
    }

    @Operation(summary = "Deliver an event again", operationId = "redeliverWebhookDelivery",
            description = "Posts the same CloudEvent (same webhook-id) again now, with a fresh retry schedule, whatever"
                    + " became of it before. The subscription must exist and be enabled.")
    @PostMapping("/{deliveryId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeliveryResponse redeliver(@PathVariable String subscriptionId, @PathVariable String deliveryId) {
        if (!subscriptions.require(subscriptionId).enabled()) {
            throw DomainRuleViolation.conflict("Webhook '" + subscriptionId + "' is disabled.",
                    List.of("enable it first (PATCH enabled: true)"));
        }
        Delivery delivery = deliveries.findById(deliveryId)
                .filter(found -> found.subscriptionId().equals(subscriptionId))
                .orElseThrow(() -> new AggregateNotFound("delivery", deliveryId));
        if (delivery.erased()) {
            throw DomainRuleViolation.conflict("Delivery '" + deliveryId + "' cannot be sent again.",
                    List.of("its body was blanked when the contact it is about was purged"));
        }
        delivery.redeliver(clock.instant());
        return DeliveryResponse.of(deliveries.save(delivery));
    }
}
