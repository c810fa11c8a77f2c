package dev.switchboard.gateway.profile;

import dev.switchboard.gateway.composition.ContactParts;
import dev.switchboard.gateway.composition.Part;
import dev.switchboard.gateway.composition.Part.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Composes a contact's profile from the services that own its parts, all asked at once (see {@link ContactParts}):
 * the contact, its accounts, its portal credentials, its achievements and its latest history. Each part has its own
 * breaker, {@code profile-<part>}.
 */
@Component
class ContactProfiles {

    private final ContactParts parts;
    private final int historySize;

    ContactProfiles(ContactParts parts, @Value("${switchboard.gateway.profile.history-size}") int historySize) {
        this.parts = parts;
        this.historySize = historySize;
    }

    Mono<ContactProfile> compose(String id, HttpHeaders relayed) {
        ContactParts.Asking ask = parts.asking("profile", relayed);
        Mono<Part> contact = ask.contact(id).cache();
        Mono<Part> accounts = contact.flatMap(ask::accountsOf);
        return Mono.zip(contact, accounts, ask.credentials(id), ask.achievements(id), ask.latestHistory(id, historySize))
                .map(answered -> new ContactProfile(id, answered.getT1(), answered.getT2(), answered.getT3(),
                        answered.getT4(), answered.getT5()));
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
