package dev.switchboard.gateway.profile;

import dev.switchboard.gateway.profile.Part.Answered;
import dev.switchboard.gateway.profile.Part.Refused;
import dev.switchboard.gateway.profile.Part.Unavailable;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Composes a contact's profile from the services that own its parts, all asked at once: the contact
 * (contact-service), its accounts (account-service, for each account the contact lists), its portal credentials
 * (identity-service), its achievements (achievement-service) and its latest history (audit-service). Each part has
 * its own breaker, {@code profile-<part>}.
 */
@Component
class ContactProfiles {

    private final ServiceCalls calls;
    private final String contactService;
    private final String accountService;
    private final String identityService;
    private final String achievementService;
    private final String auditService;
    private final int historySize;

    ContactProfiles(ServiceCalls calls,
            @Value("${switchboard.gateway.services.contact}") String contactService,
            @Value("${switchboard.gateway.services.account}") String accountService,
            @Value("${switchboard.gateway.services.identity}") String identityService,
            @Value("${switchboard.gateway.services.achievement}") String achievementService,
            @Value("${switchboard.gateway.services.audit}") String auditService,
            @Value("${switchboard.gateway.profile.history-size}") int historySize) {
        this.calls = calls;
        this.contactService = contactService;
        this.accountService = accountService;
        this.identityService = identityService;
        this.achievementService = achievementService;
        this.auditService = auditService;
        this.historySize = historySize;
    }

    Mono<ContactProfile> compose(String id, HttpHeaders relayed) {
        Mono<Part> contact = calls.get("profile-contact", relayed, contactService + "/api/contacts/{id}", id).cache();
        Mono<Part> accounts = contact.flatMap(found -> accountsOf(found, relayed));
        Mono<Part> credentials = calls.get("profile-credentials", relayed,
                identityService + "/api/contacts/{id}/credentials", id);
        Mono<Part> achievements = calls.get("profile-achievements", relayed,
                achievementService + "/api/contacts/{id}/achievements", id).map(ContactProfiles::asItems);
        Mono<Part> history = calls.get("profile-history", relayed,
                auditService + "/api/contacts/{id}/history?size={size}", id, historySize);
        return Mono.zip(contact, accounts, credentials, achievements, history)
                .map(parts -> new ContactProfile(id, parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4(),
                        parts.getT5()));
    }

    /** Each account the contact lists, with its link (active, primary) and account-service's view of it. */
    private Mono<Part> accountsOf(Part contact, HttpHeaders relayed) {
        if (!(contact instanceof Answered answered)) {
            return Mono.just(new Unavailable("contact-unavailable", "The accounts are those the contact lists."));
        }
        List<JsonNode> links = answered.body().path("accounts").valueStream().toList();
        return Flux.fromIterable(links)
                .flatMapSequential(link -> calls.get("profile-accounts", relayed, accountService + "/api/accounts/{id}",
                        link.path("accountId").asString()))
                .collectList()
                .map(accounts -> accounts.stream().filter(Unavailable.class::isInstance).findFirst()
                        .orElseGet(() -> new Answered(items(IntStream.range(0, links.size())
                                .mapToObj(i -> linkWithAccount(links.get(i), accounts.get(i))).toList()))));
    }

    private static JsonNode linkWithAccount(JsonNode link, Part account) {
        ObjectNode item = ((ObjectNode) link).deepCopy();
        item.set("account", account.toJson());
        return item;
    }

    /** Lists are wrapped, so that every part is an object and a missing part reads the same everywhere. */
    private static Part asItems(Part part) {
        return part instanceof Answered(JsonNode body) && body.isArray() ? new Answered(items(body.valueStream().toList())) : part;
    }

    private static ObjectNode items(List<JsonNode> items) {
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        wrapped.putArray("items").addAll(items);
        return wrapped;
    }

    /** The parts as the services answered; {@link #refusal()} says when the contact itself was refused. */
    record ContactProfile(String id, Part contact, Part accounts, Part credentials, Part achievements, Part history) {

        Refused refusal() {
            return contact instanceof Refused refused ? refused : null;
        }

        ObjectNode toJson() {
            ObjectNode profile = JsonNodeFactory.instance.objectNode();
            profile.put("id", id);
            profile.set("contact", contact.toJson());
            profile.set("accounts", accounts.toJson());
            profile.set("credentials", credentials.toJson());
            profile.set("achievements", achievements.toJson());
            profile.set("history", history.toJson());
            return profile;
        }
    }
}
