package dev.switchboard.events.account;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** Some of an account's details changed: {@code changes} lists them, {@code details} is the whole result. */
public record AccountUpdated(String accountId, long version, List<FieldChange> changes, AccountDetails details)
        implements AccountEvent {
}
