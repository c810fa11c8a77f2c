package dev.switchboard.gateway.personaldata;

import dev.switchboard.gateway.composition.ContactParts;
import dev.switchboard.gateway.composition.Part;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gathers everything the services hold about a contact, all asked at once with the caller's token: the contact and
 * its accounts, its portal credentials, every achievement and the whole history. Each part has its own breaker,
 * {@code personal-data-<part>}. Every call says why it reads ({@link #PURPOSE}), so a service may record it.
 */
@Component
class PersonalData {

    static final String PURPOSE = "X-Read-Purpose";

    private final ContactParts parts;
    private final Clock clock = Clock.systemUTC();

    PersonalData(ContactParts parts) {
        this.parts = parts;
    }

    Mono<PersonalDataBundle> gather(String id, HttpHeaders relayed) {
        HttpHeaders purposed = new HttpHeaders();
        purposed.addAll(relayed);
        purposed.set(PURPOSE, "personal-data");
        ContactParts.Asking ask = parts.asking("personal-data", purposed);
        Mono<Part> contact = ask.contact(id).cache();
        Mono<Part> accounts = contact.flatMap(ask::accountsOf);
        return Mono.zip(contact, accounts, ask.credentials(id), ask.allAchievements(id), ask.wholeHistory(id))
                .map(answered -> new PersonalDataBundle(id, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                        answered.getT1(), answered.getT2(), answered.getT3(), answered.getT4(), answered.getT5()));
    }
}
