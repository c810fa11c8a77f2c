package dev.switchboard.platform.outbox;

import java.util.List;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Hands a freshly saved document with pending events to the relay, so events leave without waiting for a sweep. */
class PublishAfterSave extends AbstractMongoEventListener<OutboxDocument> {

    private final OutboxRelay relay;

    PublishAfterSave(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxDocument> event) {
        List<?> pending = event.getDocument() == null ? List.of() : event.getDocument().getList(OutboxEntry.FIELD, Object.class, List.of());
        if (!pending.isEmpty()) {
            relay.publishSoon(event.getCollectionName(), event.getDocument().get("_id"));
        }
    }
}
