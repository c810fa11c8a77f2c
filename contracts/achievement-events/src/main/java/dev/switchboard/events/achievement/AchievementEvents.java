package dev.switchboard.events.achievement;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventCatalog;
import java.util.List;

/** What achievement-service publishes on the achievements topic. */
public final class AchievementEvents implements EventCatalog {

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(
                AchievementIssued.class, AchievementRevoked.class, AchievementReassigned.class, AchievementExpired.class,
                DocumentAdded.class, DocumentRemoved.class, DocumentsRefreshed.class);
    }
}
