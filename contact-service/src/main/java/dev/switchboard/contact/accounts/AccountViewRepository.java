package dev.switchboard.contact.accounts;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AccountViewRepository extends MongoRepository<AccountView, String> {
}
