package dev.switchboard.gateway.composition;

import dev.switchboard.gateway.composition.Part.Answered;
import dev.switchboard.gateway.composition.Part.Refused;
import dev.switchboard.gateway.composition.Part.Unavailable;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts about one contact, each asked of the service that owns it: the contact (contact-service), its accounts
 * (account-service, for each account the contact lists), its portal credentials (identity-service), its achievements
 * (achievement-service) and its history (audit-service). Each use has a breaker per part, {@code <use>-<part>}, e.g.
 * {@code profile-credentials}.
 */
@Component
public class ContactParts {

    /** audit-service's largest history page. */
    private static final int HISTORY_PAGE = 500;
    /** The largest page of the services' other lists. */
    private static final int LIST_PAGE = 200;

    private final ServiceCalls calls;
    private final String contactService;
    private final String accountService;
    private final String identityService;
    private final String achievementService;
    private final String auditService;

    ContactParts(ServiceCalls calls,
            @Value("${switchboard.gateway.services.contact}") String contactService,
            @Value("${switchboard.gateway.services.account}") String accountService,
            @Value("${switchboard.gateway.services.identity}") String identityService,
            @Value("${switchboard.gateway.services.achievement}") String achievementService,
            @Value("${switchboard.gateway.services.audit}") String auditService) {
        this.calls = calls;
        this.contactService = contactService;
        this.accountService = accountService;
        this.identityService = identityService;
        this.achievementService = achievementService;
        this.auditService = auditService;
    }

    /** The calls of one use (it names the breakers), each sent with these headers. */
    public Asking asking(String use, HttpHeaders relayed) {
        return new Asking(use, relayed);
    }

    public final class Asking {

        private final String use;
        private final HttpHeaders relayed;

        private Asking(String use, HttpHeaders relayed) {
            this.use = use;
            this.relayed = relayed;
        }

        public Mono<Part> contact(String id) {
            return calls.get(use + "-contact", relayed, contactService + "/api/contacts/{id}", id);
        }

        /**
         * Each account the contact lists, with its link (active, primary) and account-service's view of it; none for
         * a contact that is not there.
         */
        public Mono<Part> accountsOf(Part contact) {
            if (contact instanceof Refused(int status, JsonNode problem) && status == 404) {
                return Mono.just(new Answered(Lists.items(List.of())));
            }
            if (!(contact instanceof Answered answered)) {
                return Mono.just(new Unavailable("contact-unavailable", "The accounts are those the contact lists."));
            }
            List<JsonNode> links = answered.body().path("accounts").valueStream().toList();
            return Flux.fromIterable(links)
                    .flatMapSequential(link -> calls.get(use + "-accounts", relayed, accountService + "/api/accounts/{id}",
                            link.path("accountId").asString()))
                    .collectList()
                    .map(accounts -> accounts.stream().filter(Unavailable.class::isInstance).findFirst()
                            .orElseGet(() -> new Answered(Lists.items(IntStream.range(0, links.size())
                                    .mapToObj(i -> linkWithAccount(links.get(i), accounts.get(i))).toList()))));
        }

        public Mono<Part> credentials(String id) {
            return calls.get(use + "-credentials", relayed, identityService + "/api/contacts/{id}/credentials", id);
        }

        /** The contact's achievements as the service answers them at once. */
        public Mono<Part> achievements(String id) {
            return calls.get(use + "-achievements", relayed, achievementService + "/api/contacts/{id}/achievements", id)
                    .map(Lists::asItems);
        }

        /** Every achievement of the contact, page after page should the service page them. */
        public Mono<Part> allAchievements(String id) {
            return AllPages.gather(page -> calls.get(use + "-achievements", relayed,
                    achievementService + "/api/contacts/{id}/achievements?page={page}&size={size}", id, page, LIST_PAGE),
                    LIST_PAGE);
        }

        /** The newest page of the contact's history. */
        public Mono<Part> latestHistory(String id, int size) {
            return calls.get(use + "-history", relayed, auditService + "/api/contacts/{id}/history?size={size}", id, size);
        }

        /** The contact's whole history, every page of it, newest first. */
        public Mono<Part> wholeHistory(String id) {
            return AllPages.gather(page -> calls.get(use + "-history", relayed,
                    auditService + "/api/contacts/{id}/history?page={page}&size={size}", id, page, HISTORY_PAGE),
                    HISTORY_PAGE);
        }
    }

    private static JsonNode linkWithAccount(JsonNode link, Part account) {
        ObjectNode item = ((ObjectNode) link).deepCopy();
        item.set("account", account.toJson());
        return item;
    }
}
