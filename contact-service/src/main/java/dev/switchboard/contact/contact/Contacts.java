package dev.switchboard.contact.contact;

import dev.switchboard.contact.accounts.AccountDirectory;
import dev.switchboard.contact.accounts.AccountView;
import dev.switchboard.platform.domain.AggregateNotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Loads a contact for a request (a purged one is gone: 404), stores it back with its events, and shows it. */
@Component
public class Contacts {

    private final ContactRepository repository;
    private final AccountDirectory accounts;
    private final Clock clock;

    private final SearchIndex index;

    Contacts(ContactRepository repository, AccountDirectory accounts, SearchIndex index, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.index = index;
        this.clock = clock;
    }

    Contact require(String id) {
        return find(id).orElseThrow(() -> new AggregateNotFound("contact", id));
    }

    Optional<Contact> find(String id) {
        return repository.findById(id).filter(contact -> !contact.purged());
    }

    /** Stores the contact with its events and indexes it, so the contact list shows the change at once. */
    Contact save(Contact contact) {
        Contact saved = repository.save(contact);
        index.put(saved);
        index.refresh();
        return saved;
    }

    /**
     * Saves a contact, and if its reporting line changed, first writes each contact above it back unchanged, which
     * fails (optimistic locking, 409) if it changed since the line was checked: of two changes that would together
     * close a cycle (A to report to B, B to A), each holds the contact the other one saves, so at most one succeeds.
     */
    Contact saveBelow(Contact contact, List<Contact> reportingLine) {
        reportingLine.forEach(repository::save);
        return save(contact);
    }

    ContactResponse respond(Contact contact) {
        return ContactResponse.of(contact, accounts.known(contact.accounts().stream().map(AccountLink::accountId).toList()));
    }

    /** A page of contacts, their accounts' names looked up together. */
    public List<ContactResponse> respond(List<Contact> page) {
        Map<String, AccountView> names = accounts.known(page.stream()
                .flatMap(contact -> contact.accounts().stream().map(AccountLink::accountId)).distinct().toList());
        return page.stream().map(contact -> ContactResponse.of(contact, names)).toList();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
