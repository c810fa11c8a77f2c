package dev.switchboard.contact.customfield;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CustomFieldRepository extends MongoRepository<CustomFieldDefinition, String> {
}
