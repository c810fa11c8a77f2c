package dev.switchboard.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Hands a freshly saved document with pending events to the relay and waits briefly for it, so that once a request
 * is answered its events are on the broker: another service deciding on its view of them right after (a client's
 * next request) can then catch up with them. When the broker is away the save does not wait; the sweep sends later.
 */
class PublishAfterSave extends AbstractMongoEventListener<OutboxDocument> {

    private final OutboxRelay relay;
    private final Duration wait;

    PublishAfterSave(OutboxRelay relay, Duration wait) {
        this.relay = relay;
        this.wait = wait;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxDocument> event) {
        List<?> pending = event.getDocument() == null ? List.of() : event.getDocument().getList(OutboxEntry.FIELD, Object.class, List.of());
        if (pending.isEmpty()) {
            return;
        }
        var sent = relay.publishSoon(event.getCollectionName(), event.getDocument().get("_id"));
        if (relay.brokerRecentlyAway()) {
            return;
        }
        try {
            sent.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the sweep sends what the immediate send did not
        }
    }
}
