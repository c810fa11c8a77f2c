package dev.switchboard.contact.history;

import dev.switchboard.contact.accounts.AccountDirectory;
import dev.switchboard.contact.accounts.AccountView;
import dev.switchboard.events.account.PrimaryContactAssigned;
import dev.switchboard.events.account.PrimaryContactRemoved;
import dev.switchboard.events.account.PrimaryRoleAssigned;
import dev.switchboard.events.account.PrimaryRoleRemoved;
import dev.switchboard.events.achievement.AchievementIssued;
import dev.switchboard.events.achievement.AchievementReassigned;
import dev.switchboard.events.achievement.AchievementRevoked;
import dev.switchboard.events.identity.AccessBlocked;
import dev.switchboard.events.identity.AccessRejected;
import dev.switchboard.events.identity.AccessRestored;
import dev.switchboard.events.identity.CredentialsCreated;
import dev.switchboard.events.identity.CredentialsRemoved;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Seed rule: a contact with history cannot be deleted. The history lives in other services; this keeps what their
 * events say about each contact (set operations, so a redelivered event changes nothing) and names the reasons.
 */
@Service
public class DeletionGuard {

    private static final String ACHIEVEMENTS = "achievements";
    private static final String CREDENTIALS = "activeCredentials";
    private static final String PRIMARY_CONTACT = "primaryContactOf";
    private static final String PRIMARY_ROLES = "primaryRoles";

    private final MongoTemplate mongo;
    private final AccountDirectory accounts;
    private final TopicCatchUp catchUp;

    DeletionGuard(MongoTemplate mongo, AccountDirectory accounts, TopicCatchUp catchUp) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.catchUp = catchUp;
    }

    /**
     * Why the contact may not be deleted now; empty if it may. Decided once this service has applied what the other
     * services had announced when asked, so a role given a moment ago counts.
     */
    public List<String> reasonsNotToDelete(String contactId) {
        catchUp.await(Topics.ACCOUNTS, Topics.IDENTITY, Topics.ACHIEVEMENTS);
        ContactHistory history = mongo.findById(contactId, ContactHistory.class);
        if (history == null) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        if (!history.achievements().isEmpty()) {
            reasons.add("has " + history.achievements().size() + " achievement(s)");
        }
        if (!history.activeCredentials().isEmpty()) {
            reasons.add("has active portal credentials");
        }
        Set<String> accountIds = new HashSet<>(history.primaryContactOf());
        history.primaryRoles().forEach(held -> accountIds.add(accountOf(held)));
        Map<String, AccountView> names = accounts.known(accountIds);
        history.primaryContactOf().stream().sorted().forEach(accountId ->
                reasons.add("is the primary contact of account " + describe(accountId, names)));
        history.primaryRoles().stream().sorted().forEach(held -> reasons.add("holds the primary role '"
                + held.substring(held.indexOf('/') + 1) + "' on account " + describe(accountOf(held), names)));
        return List.copyOf(reasons);
    }

    /** Takes note of an event of another service, if it bears on a contact's history. */
    public void apply(DomainEvent event) {
        switch (event) {
            case AchievementIssued issued -> add(issued.contactId(), ACHIEVEMENTS, issued.achievementId());
            case AchievementRevoked revoked -> remove(revoked.contactId(), ACHIEVEMENTS, revoked.achievementId());
            case AchievementReassigned moved -> {
                remove(moved.fromContactId(), ACHIEVEMENTS, moved.achievementId());
                add(moved.toContactId(), ACHIEVEMENTS, moved.achievementId());
            }
            case CredentialsCreated created -> add(created.contactId(), CREDENTIALS, created.credentialsId());
            case AccessRestored restored -> add(restored.contactId(), CREDENTIALS, restored.credentialsId());
            case AccessBlocked blocked -> remove(blocked.contactId(), CREDENTIALS, blocked.credentialsId());
            case AccessRejected rejected -> remove(rejected.contactId(), CREDENTIALS, rejected.credentialsId());
            case CredentialsRemoved removed -> remove(removed.contactId(), CREDENTIALS, removed.credentialsId());
            case PrimaryContactAssigned assigned -> {
                remove(assigned.previousContactId(), PRIMARY_CONTACT, assigned.accountId());
                add(assigned.contactId(), PRIMARY_CONTACT, assigned.accountId());
            }
            case PrimaryContactRemoved removed -> remove(removed.contactId(), PRIMARY_CONTACT, removed.accountId());
            case PrimaryRoleAssigned assigned -> {
                remove(assigned.previousContactId(), PRIMARY_ROLES, assigned.accountId() + "/" + assigned.role());
                add(assigned.contactId(), PRIMARY_ROLES, assigned.accountId() + "/" + assigned.role());
            }
            case PrimaryRoleRemoved removed ->
                    remove(removed.contactId(), PRIMARY_ROLES, removed.accountId() + "/" + removed.role());
            default -> {
                // other events say nothing about a contact's history
            }
        }
    }

    /** A purged contact's history is forgotten with it. */
    public void forget(String contactId) {
        mongo.remove(byId(contactId), ContactHistory.class);
    }

    private void add(String contactId, String set, String value) {
        if (contactId != null) {
            mongo.upsert(byId(contactId), new Update().addToSet(set, value), ContactHistory.class);
        }
    }

    private void remove(String contactId, String set, String value) {
        if (contactId != null) {
            mongo.updateFirst(byId(contactId), new Update().pull(set, value), ContactHistory.class);
        }
    }

    private static Query byId(String contactId) {
        return Query.query(Criteria.where("_id").is(contactId));
    }

    private static String accountOf(String heldRole) {
        return heldRole.substring(0, heldRole.indexOf('/'));
    }

    private static String describe(String accountId, Map<String, AccountView> names) {
        AccountView account = names.get(accountId);
        return account == null || account.name() == null ? accountId : account.name() + " (" + accountId + ")";
    }
}
