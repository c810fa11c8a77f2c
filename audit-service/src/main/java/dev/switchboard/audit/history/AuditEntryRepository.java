package dev.switchboard.audit.history;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AuditEntryRepository extends MongoRepository<AuditEntry, String> {

    Page<AuditEntry> findByEntityTypeAndEntityId(String entityType, String entityId, Pageable pageable);

    Page<AuditEntry> findByEntityType(String entityType, Pageable pageable);
}
