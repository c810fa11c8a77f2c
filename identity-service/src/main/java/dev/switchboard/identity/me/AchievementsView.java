package dev.switchboard.identity.me;

import dev.switchboard.events.achievement.AchievementIssued;
import dev.switchboard.events.achievement.AchievementReassigned;
import dev.switchboard.events.achievement.AchievementRevoked;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.InOrder;
import dev.switchboard.platform.inbox.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the achievements of contacts from achievement-service's events, each achievement's in order, so a portal
 * user sees its own without this service asking achievement-service. Every write sets values, so an event applied
 * again leaves the same document.
 */
@Component
class AchievementsView {

    static final String HANDLER = "achievements-view";

    private final InboundEvents inbound;
    private final InOrder inOrder;
    private final MongoTemplate mongo;

    AchievementsView(InboundEvents inbound, InOrder inOrder, MongoTemplate mongo) {
        this.inbound = inbound;
        this.inOrder = inOrder;
        this.mongo = mongo;
    }

    @KafkaListener(topics = Topics.ACHIEVEMENTS)
    void on(ConsumerRecord<String, String> record) {
        inbound.handle(HANDLER, record, event -> inOrder.apply(HANDLER, event, this::apply));
    }

    private void apply(DomainEvent event) {
        switch (event) {
            case AchievementIssued issued -> upsert(issued.achievementId(), new Update()
                    .set("contactId", issued.contactId()).set("definitionId", issued.definitionId())
                    .set("name", issued.name()).set("number", issued.number()).set("issuedAt", issued.issuedAt())
                    .set("expiresAt", issued.expiresAt()).set("revoked", false));
            case AchievementRevoked revoked -> upsert(revoked.achievementId(), new Update().set("revoked", true));
            case AchievementReassigned reassigned -> upsert(reassigned.achievementId(),
                    new Update().set("contactId", reassigned.toContactId()));
            default -> {
                // other achievement events (definitions, documents) say nothing a portal user is shown
            }
        }
    }

    private void upsert(String achievementId, Update update) {
        mongo.upsert(Query.query(Criteria.where("_id").is(achievementId)), update, KnownAchievement.class);
    }
}
