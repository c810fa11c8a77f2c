package dev.switchboard.platform.sample;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.outbox.OutboxDocument;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("gadgets")
class Gadget extends OutboxDocument {

    @Id
    private String id;
    private String name;

    static Gadget create(String name) {
        Gadget gadget = new Gadget();
        gadget.id = UUID.randomUUID().toString();
        gadget.name = name;
        gadget.raise(new GadgetCreated(gadget.id, gadget.nextVersion(), name));
        return gadget;
    }

    void rename(String newName) {
        raise(new GadgetRenamed(id, nextVersion(), name, newName));
        name = newName;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    /** The events of a gadget: each names the gadget and its version, this interface the rest. */
    interface GadgetEvent extends DomainEvent {

        String gadgetId();

        long version();

        default String aggregateType() {
            return "gadget";
        }

        default String aggregateId() {
            return gadgetId();
        }

        default long aggregateVersion() {
            return version();
        }
    }

    record GadgetCreated(String gadgetId, long version, String name) implements GadgetEvent {

        public List<FieldChange> changes() {
            return FieldChange.allNew(Map.of("name", name));
        }
    }

    record GadgetRenamed(String gadgetId, long version, String oldName, String newName) implements GadgetEvent {

        public List<FieldChange> changes() {
            return List.of(new FieldChange("name", oldName, newName));
        }
    }
}
