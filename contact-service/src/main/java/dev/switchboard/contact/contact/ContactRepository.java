package dev.switchboard.contact.contact;

import java.util.stream.Stream;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ContactRepository extends MongoRepository<Contact, String> {

    /** The contacts linked to an account, for reactions to that account's events. */
    Stream<Contact> findByAccountsAccountIdAndPurgedFalse(String accountId);
}
