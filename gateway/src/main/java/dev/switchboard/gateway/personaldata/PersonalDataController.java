package dev.switchboard.gateway.personaldata;

import dev.switchboard.gateway.composition.RelayedHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/** Answered by the gateway itself, ahead of the routes; only a super-user passes (checked in the gateway's security). */
@RestController
@Tag(name = "Personal data", description = "Everything held about a person, from every service (GDPR art. 15).")
class PersonalDataController {

    private static final String HELD = """
            {"id": "c-1", "readAt": "2026-11-25T18:00:00Z", "complete": true, "unavailableParts": [], "held": true,
             "contact": {"held": true, "data": {"id": "c-1", "firstName": "Zoë", "accounts": [{"accountId": "a-1"}]}},
             "accounts": {"held": true, "items": [{"accountId": "a-1", "account": {"name": "Acme Ltd"}}]},
             "credentials": {"held": true, "data": {"username": "zoe", "status": "ACTIVE"}},
             "achievements": {"held": true, "items": [{"number": "CERT-2026-00001"}]},
             "history": {"held": true, "entries": 1, "erased": 0,
                         "items": [{"field": "firstName", "newValue": "Zoë", "erased": false}]},
             "notAsked": {"webhooks": "webhook-service is not asked: ..."}}""";
    private static final String PURGED = """
            {"id": "c-1", "readAt": "2026-11-25T18:00:00Z", "complete": true, "unavailableParts": [], "held": false,
             "contact": {"held": false}, "accounts": {"held": false, "items": []},
             "credentials": {"held": false, "data": {"contactId": "c-1", "status": "NONE"}},
             "achievements": {"held": false, "items": []},
             "history": {"held": false, "entries": 2, "erased": 1, "items": [
                {"field": "purged", "oldValue": false, "newValue": true, "erased": false},
                {"field": "firstName", "oldValue": null, "newValue": null, "erased": true}]},
             "notAsked": {"webhooks": "webhook-service is not asked: ..."}}""";
    private static final String INCOMPLETE = """
            {"id": "c-1", "complete": false, "unavailableParts": ["credentials"], "held": true,
             "credentials": {"unavailable": true, "reason": "service-down", "detail": "The service cannot be reached."},
             "contact": {"held": true, "data": {"id": "c-1"}}}""";

    private final PersonalData personalData;

    PersonalDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping(path = "/api/contacts/{id}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read everything held about a contact", operationId = "getContactPersonalData",
            description = """
                    Super-user only (403 otherwise). One bundle of what every service holds about the person, asked \
                    of them at once with the caller's token and the header `X-Read-Purpose: personal-data`: \
                    `contact` (contact-service, with its account links), `accounts` (account-service's view of each \
                    linked account), `credentials` (identity-service, no secrets), `achievements` (achievement-service, \
                    every page) and `history` (audit-service, every page; audit-service records the read as the \
                    caller's). Each part reads `{"held": true|false, ...}`: `data` for the contact and the credentials, \
                    `items` for lists, and for the history also `entries` and how many are `erased`. A 404 holds \
                    nothing (`{"held": false}`): contact-service answers a purged contact so. Credentials of status \
                    NONE, anonymised achievements, and history entries erased by a purge hold nothing either. A part \
                    whose service is down, slow, failing or refusing reads `{"unavailable": true, "reason": ...}` \
                    instead, and the bundle says `"complete": false` with the part in `unavailableParts`: it is still \
                    answered with 200, never silently shorter. `held` at the top: whether any part holds something \
                    (null when nothing was found but a part is unavailable). webhook-service keeps no record per \
                    person and is not asked (`notAsked`).""")
    @ApiResponse(responseCode = "200", description = "The bundle; check `complete` before relying on it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = {
                @ExampleObject(name = "held", summary = "A contact the services know", value = HELD),
                @ExampleObject(name = "purged", summary = "After a purge: nothing held anywhere", value = PURGED),
                @ExampleObject(name = "incomplete", summary = "identity-service down", value = INCOMPLETE)}))
    @ApiResponse(responseCode = "403", description = "The caller is no super-user.",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    Mono<ObjectNode> personalData(@PathVariable String id, ServerHttpRequest request) {
        return personalData.gather(id, RelayedHeaders.of(request)).map(PersonalDataBundle::toJson);
    }
}
