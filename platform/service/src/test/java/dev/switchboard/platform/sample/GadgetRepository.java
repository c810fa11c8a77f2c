package dev.switchboard.platform.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

interface GadgetRepository extends MongoRepository<Gadget, String> {

    long countByName(String name);
}
