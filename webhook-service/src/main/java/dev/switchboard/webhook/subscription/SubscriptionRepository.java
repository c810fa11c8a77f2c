package dev.switchboard.webhook.subscription;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SubscriptionRepository extends MongoRepository<Subscription, String> {

    Page<Subscription> findByDeletedFalse(Pageable page);

    List<Subscription> findByEnabledTrueAndDeletedFalse();
}
