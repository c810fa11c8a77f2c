package dev.switchboard.webhook.delivery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface DeliveryRepository extends MongoRepository<Delivery, String> {

    List<Delivery> findTop200ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(DeliveryStatus status,
            Instant now);

    boolean existsBySubscriptionIdAndEntityKeyAndStatusAndOffsetLessThan(String subscriptionId, String entityKey,
            DeliveryStatus status, long offset);

    List<Delivery> findByEntityKeyAndErasedFalse(String entityKey);

    Page<Delivery> findBySubscriptionId(String subscriptionId, Pageable page);

    Page<Delivery> findBySubscriptionIdAndStatus(String subscriptionId, DeliveryStatus status, Pageable page);
}
