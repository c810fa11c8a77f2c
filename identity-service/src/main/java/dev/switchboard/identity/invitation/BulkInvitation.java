package dev.switchboard.identity.invitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bulk invitation job as stored, so that its progress survives the process: what it invites, each contact's
 * outcome as it comes, and whether it still runs. A job found RUNNING at start-up is resumed with the contacts it
 * has no outcome for.
 *
 * @param outcomes one per contact handled, in the order they finished
 */
@Document("bulkInvitations")
record BulkInvitation(@Id String id, InvitationKind kind, InvitationMode mode, String language, String groupId,
        List<String> contactIds, Requester requestedBy, Instant createdAt, State state, int invited, int failed,
        List<Outcome> outcomes, Instant finishedAt) {

    enum State { RUNNING, DONE }

    /** Who asked, so that the events of each invitation name them, as if they had invited each contact. */
    record Requester(String actorId, String actorName, String channel, String correlationId) {
    }

    /** One contact's result: INVITED, or FAILED with why. */
    record Outcome(String contactId, boolean invited, String reason) {
    }

    int total() {
        return contactIds.size();
    }

    int done() {
        return invited + failed;
    }

    List<String> remaining() {
        List<String> remaining = new ArrayList<>(contactIds);
        outcomes.forEach(outcome -> remaining.remove(outcome.contactId()));
        return remaining;
    }
}
