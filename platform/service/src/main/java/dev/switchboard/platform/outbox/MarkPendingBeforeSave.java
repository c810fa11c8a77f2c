package dev.switchboard.platform.outbox;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;

/** Marks a document whose write carries outbox entries, just before the write (see {@link PendingOutboxes}). */
class MarkPendingBeforeSave implements BeforeSaveCallback<OutboxDocument> {

    private final PendingOutboxes pending;

    MarkPendingBeforeSave(PendingOutboxes pending) {
        this.pending = pending;
    }

    @Override
    public OutboxDocument onBeforeSave(OutboxDocument entity, Document document, String collection) {
        Object id = document.get("_id");
        if (id != null && !document.getList(OutboxEntry.FIELD, Object.class, List.of()).isEmpty()) {
            pending.mark(collection, id, document.get(PendingOutboxes.LOCK_VERSION));
        }
        return entity;
    }
}
