package dev.switchboard.events.achievement;

import dev.switchboard.platform.events.DomainEvent;

/** An event of one achievement issued to a contact. */
public interface AchievementEvent extends DomainEvent {

    String AGGREGATE_TYPE = "achievement";

    String achievementId();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return achievementId();
    }
}
