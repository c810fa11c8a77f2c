package dev.switchboard.events.account;

import dev.switchboard.platform.events.DomainEvent;

/** An event of one account: each record names the account and its version, this interface the rest. */
public interface AccountEvent extends DomainEvent {

    String AGGREGATE_TYPE = "account";

    String accountId();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return accountId();
    }
}
