package dev.switchboard.platform.outbox;

import java.util.List;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/** The collections whose documents carry an outbox: every mapped subclass of {@link OutboxDocument}. */
class OutboxCollections {

    private final MongoMappingContext mappingContext;

    OutboxCollections(MongoMappingContext mappingContext) {
        this.mappingContext = mappingContext;
    }

    List<String> names() {
        return mappingContext.getPersistentEntities().stream()
                .filter(entity -> OutboxDocument.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
    }
}
