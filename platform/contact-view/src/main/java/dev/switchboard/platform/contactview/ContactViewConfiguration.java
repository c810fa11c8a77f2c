package dev.switchboard.platform.contactview;

import dev.switchboard.platform.inbox.InOrder;
import dev.switchboard.platform.inbox.InboundEvents;
import dev.switchboard.platform.inbox.InboxConfiguration;
import dev.switchboard.platform.inbox.TopicCatchUp;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The contacts view for a service that depends on this module: its listener on contact-service's topic (the
 * service lists {@code switchboard.contacts.v1} among the topics it consumes) and the directory its features ask.
 */
@AutoConfiguration(after = InboxConfiguration.class)
public class ContactViewConfiguration {

    @Bean
    ContactsViewListener contactsViewListener(InboundEvents inbound, InOrder inOrder, MongoTemplate mongo,
            ApplicationEventPublisher publisher) {
        return new ContactsViewListener(inbound, inOrder, mongo, publisher);
    }

    @Bean
    ContactDirectory contactDirectory(MongoTemplate mongo, TopicCatchUp catchUp) {
        return new ContactDirectory(mongo, catchUp);
    }
}
