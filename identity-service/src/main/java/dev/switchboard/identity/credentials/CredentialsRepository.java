package dev.switchboard.identity.credentials;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CredentialsRepository extends MongoRepository<Credentials, String> {

    Optional<Credentials> findByContactId(String contactId);

    Optional<Credentials> findByRealmUserId(String realmUserId);
}
