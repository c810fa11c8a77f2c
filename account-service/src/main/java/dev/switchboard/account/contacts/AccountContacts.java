package dev.switchboard.account.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** What account-service knows of the contacts linked to its accounts. */
@Component
public class AccountContacts {

    private static final Sort BY_NAME = Sort.by("sortName", "contactId");

    private final MongoTemplate mongo;

    AccountContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Whether the contact belongs to the account: linked, actively or not, and not deleted. */
    public boolean isLinked(String accountId, String contactId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(AccountContact.idOf(accountId, contactId))
                .and("deleted").ne(true)), AccountContact.class);
    }

    /** The account's contacts by name; deleted ones only if asked for. */
    public Page<LinkedContact> of(String accountId, boolean includeDeleted, Pageable pageable) {
        Criteria criteria = Criteria.where("accountId").is(accountId);
        if (!includeDeleted) {
            criteria = criteria.and("deleted").ne(true);
        }
        Query query = Query.query(criteria);
        List<LinkedContact> items = mongo.find(Query.of(query).with(pageable).with(BY_NAME), AccountContact.class)
                .stream().map(AccountContact::toLinkedContact).toList();
        return PageableExecutionUtils.getPage(items, pageable, () -> mongo.count(query, AccountContact.class));
    }

    /** The names of those of {@code contactIds} linked to the account, by contact id. */
    public Map<String, String> displayNames(String accountId, Collection<String> contactIds) {
        List<String> ids = contactIds.stream().map(contactId -> AccountContact.idOf(accountId, contactId)).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), AccountContact.class).stream()
                .filter(contact -> contact.displayName() != null)
                .collect(Collectors.toMap(AccountContact::contactId, AccountContact::displayName));
    }
}
