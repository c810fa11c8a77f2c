package dev.switchboard.contact.contact;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ContactRepository extends MongoRepository<Contact, String> {
}
