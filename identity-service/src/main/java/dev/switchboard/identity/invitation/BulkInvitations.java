package dev.switchboard.identity.invitation;

import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.domain.InvalidValues;
import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.EventContext;
import dev.switchboard.platform.web.ServiceUnavailableException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Bulk invitations (seed 004's "invite client group"): the job is stored first and answered at once; its contacts
 * are then invited a few at a time, each on its own, so one failing contact never stops the others, and each outcome
 * is stored as it comes. A job still RUNNING when the service starts (it stopped midway) goes on with the contacts it
 * has no outcome for.
 */
@Service
class BulkInvitations {

    private static final Logger log = LoggerFactory.getLogger(BulkInvitations.class);

    private final Invitations invitations;
    private final ContactService contactService;
    private final MongoTemplate mongo;
    private final EventContexts contexts;
    private final Clock clock;
    private final ExecutorService workers;

    BulkInvitations(Invitations invitations, ContactService contactService, MongoTemplate mongo,
            EventContexts contexts, Clock clock,
            @Value("${switchboard.identity.bulk-invitation-parallelism:4}") int parallelism) {
        this.invitations = invitations;
        this.contactService = contactService;
        this.mongo = mongo;
        this.contexts = contexts;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(parallelism, Thread.ofPlatform().name("bulk-invitation-", 0)
                .daemon().factory());
    }

    BulkInvitation start(BulkInvite request) {
        List<String> contactIds = contactsOf(request);
        if (contactIds.isEmpty()) {
            throw DomainRuleViolation.unprocessable(request.groupId() != null
                    ? "Group '" + request.groupId() + "' has no contacts to invite." : "No contacts to invite.");
        }
        EventContext caller = contexts.current();
        BulkInvitation job = mongo.insert(new BulkInvitation(UUID.randomUUID().toString(), request.kind(),
                request.mode(), request.language(), request.kind() == InvitationKind.CLIENT_GROUP ? request.groupId()
                        : null, contactIds,
                new BulkInvitation.Requester(caller.actor(), caller.actorName(), caller.channel().name(),
                        caller.correlationId()),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), BulkInvitation.State.RUNNING, 0, 0, List.of(), null));
        run(job, contactIds);
        return job;
    }

    Optional<BulkInvitation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, BulkInvitation.class));
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        mongo.find(Query.query(Criteria.where("state").is(BulkInvitation.State.RUNNING)), BulkInvitation.class)
                .forEach(job -> {
                    log.info("Resuming bulk invitation {}: {} of {} contacts left", job.id(),
                            job.remaining().size(), job.total());
                    run(job, job.remaining());
                    finishIfDone(job.id());
                });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private List<String> contactsOf(BulkInvite request) {
        boolean named = request.contactIds() != null && !request.contactIds().isEmpty();
        if (named == (request.groupId() != null)) {
            throw InvalidValues.of(named ? "groupId" : "contactIds",
                    "name either the contacts (contactIds) or a group (groupId), not both");
        }
        if (request.kind() == InvitationKind.CLIENT_GROUP && named) {
            throw InvalidValues.of("groupId", "a CLIENT_GROUP invitation invites a group: name it");
        }
        return named ? new ArrayList<>(new LinkedHashSet<>(request.contactIds()))
                : contactService.membersOf(request.groupId());
    }

    private void run(BulkInvitation job, List<String> contactIds) {
        BulkInvitation.Requester by = job.requestedBy();
        EventContext context = new EventContext(by.actorId(), by.actorName(), Channel.valueOf(by.channel()),
                by.correlationId(), null);
        for (String contactId : contactIds) {
            workers.submit(() -> inviteOne(job, contactId, context));
        }
    }

    private void inviteOne(BulkInvitation job, String contactId, EventContext context) {
        BulkInvitation.Outcome outcome;
        try {
            contexts.runAs(context, () -> invitations.inviteKnown(contactId, job.kind(), job.groupId(), job.mode(),
                    null, job.language(), context.actorName()));
            outcome = new BulkInvitation.Outcome(contactId, true, null);
        } catch (AggregateNotFound | DomainRuleViolation | InvalidValues | ServiceUnavailableException e) {
            outcome = new BulkInvitation.Outcome(contactId, false, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Bulk invitation {} failed for contact {}", job.id(), contactId, e);
            outcome = new BulkInvitation.Outcome(contactId, false, "an unexpected failure; see the service's log");
        }
        record(job.id(), outcome);
    }

    private void record(String jobId, BulkInvitation.Outcome outcome) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), new Update().push("outcomes", outcome)
                .inc(outcome.invited() ? "invited" : "failed", 1), BulkInvitation.class);
        finishIfDone(jobId);
    }

    private void finishIfDone(String jobId) {
        BulkInvitation job = mongo.findById(jobId, BulkInvitation.class);
        if (job != null && job.state() == BulkInvitation.State.RUNNING && job.done() >= job.total()) {
            mongo.findAndModify(Query.query(Criteria.where("_id").is(jobId).and("state")
                            .is(BulkInvitation.State.RUNNING)),
                    new Update().set("state", BulkInvitation.State.DONE)
                            .set("finishedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS)),
                    FindAndModifyOptions.options().returnNew(true), BulkInvitation.class);
        }
    }
}
