package dev.switchboard.account.contacts;

import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.platform.search.SearchKeys;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The writes that keep the contacts view in step with contact events: each sets values, none increments. */
@Component
class ContactLinks {

    private final MongoTemplate mongo;

    ContactLinks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates or updates the link; a new link takes the contact's name from its other links, if it has any. */
    void link(String contactId, String accountId, boolean active) {
        Update update = new Update().set("accountId", accountId).set("contactId", contactId).set("active", active);
        AccountContact sibling = mongo.findOne(Query.query(ofContact(contactId)
                .and("_id").ne(AccountContact.idOf(accountId, contactId))), AccountContact.class);
        if (sibling != null) {
            update.set("displayName", sibling.displayName()).set("sortName", sibling.sortName())
                    .set("primaryEmail", sibling.primaryEmail()).set("deleted", sibling.deleted());
        } else {
            update.setOnInsert("deleted", false);
        }
        mongo.upsert(byId(accountId, contactId), update.setOnInsert("primaryAccount", false), AccountContact.class);
    }

    /**
     * A new contact's first link, described and marked primary in one write, so a reader of the account's contacts
     * never sees it half made.
     */
    void linkNew(String contactId, String accountId, ContactDetails details) {
        mongo.upsert(byId(accountId, contactId), new Update().set("accountId", accountId).set("contactId", contactId)
                .set("active", true).set("primaryAccount", true)
                .set("displayName", details.displayName())
                .set("sortName", SearchKeys.normalize(details.displayName()))
                .set("primaryEmail", details.primaryEmail())
                .setOnInsert("deleted", false), AccountContact.class);
    }

    void describe(String contactId, ContactDetails details) {
        mongo.updateMulti(Query.query(ofContact(contactId)), new Update()
                .set("displayName", details.displayName())
                .set("sortName", SearchKeys.normalize(details.displayName()))
                .set("primaryEmail", details.primaryEmail()), AccountContact.class);
    }

    void unlink(String contactId, String accountId) {
        mongo.remove(byId(accountId, contactId), AccountContact.class);
    }

    /** Marks the contact's primary account among its links; none is marked if it has none. */
    void markPrimary(String contactId, String primaryAccountId) {
        mongo.updateMulti(Query.query(ofContact(contactId)), new Update().set("primaryAccount", false),
                AccountContact.class);
        if (primaryAccountId != null) {
            mongo.updateFirst(byId(primaryAccountId, contactId), new Update().set("primaryAccount", true),
                    AccountContact.class);
        }
    }

    void markDeleted(String contactId, boolean deleted) {
        mongo.updateMulti(Query.query(ofContact(contactId)), new Update().set("deleted", deleted), AccountContact.class);
    }

    List<String> accountsOf(String contactId) {
        return mongo.find(Query.query(ofContact(contactId)), AccountContact.class).stream()
                .map(AccountContact::accountId).toList();
    }

    void forget(String contactId) {
        mongo.remove(Query.query(ofContact(contactId)), AccountContact.class);
    }

    /** An inactive account's links are inactive; its contacts stay linked. */
    void deactivateLinksOf(String accountId) {
        mongo.updateMulti(Query.query(Criteria.where("accountId").is(accountId)), new Update().set("active", false),
                AccountContact.class);
    }

    private static Query byId(String accountId, String contactId) {
        return Query.query(Criteria.where("_id").is(AccountContact.idOf(accountId, contactId)));
    }

    private static Criteria ofContact(String contactId) {
        return Criteria.where("contactId").is(contactId);
    }
}
