package dev.switchboard.account.contacts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One contact's link to one account as contact-service reports it, kept so account-service can list an account's
 * contacts and check membership without asking contact-service. Written only by field-level upserts, so replaying
 * an event leaves the same document.
 */
@Document(AccountContact.COLLECTION)
@CompoundIndex(name = "account_sortName", def = "{'accountId': 1, 'sortName': 1, 'contactId': 1}")
record AccountContact(
        @Id String id,
        String accountId,
        @Indexed String contactId,
        String displayName,
        String sortName,
        String primaryEmail,
        boolean active,
        boolean primaryAccount,
        boolean deleted) {

    static final String COLLECTION = "account_contacts";

    static String idOf(String accountId, String contactId) {
        return accountId + ":" + contactId;
    }

    LinkedContact toLinkedContact() {
        return new LinkedContact(contactId, displayName, primaryEmail, active, primaryAccount, deleted);
    }
}
