package dev.switchboard.contact.accounts;

import dev.switchboard.events.account.AccountCreated;
import dev.switchboard.events.account.AccountCreated;
import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.account.AccountEvent;
import dev.switchboard.events.account.AccountEvent;
import dev.switchboard.events.account.AccountReactivated;
import dev.switchboard.events.account.AccountReactivated;
import dev.switchboard.events.account.AccountUpdated;
import dev.switchboard.events.account.AccountUpdated;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The accounts contacts may link to. Answers from the local view, which account events keep current, and asks
 * account-service only for an account the view has not heard of yet (a link made right after the account's
 * creation, before its event arrived).
 */
@Service
public class AccountDirectory {

    private final AccountViewRepository views;
    private final AccountServiceClient accountService;
    private final TopicCatchUp catchUp;

    AccountDirectory(AccountViewRepository views, AccountServiceClient accountService, TopicCatchUp catchUp) {
        this.views = views;
        this.accountService = accountService;
        this.catchUp = catchUp;
    }

    /**
     * The account, which must exist and be active, or a refused rule saying which it is not. Decided once the view has
     * applied what account-service had published when asked, so an account deactivated a moment ago counts.
     */
    public AccountView requireActive(String accountId) {
        catchUp.await(Topics.ACCOUNTS);
        AccountView account = find(accountId)
                .orElseThrow(() -> DomainRuleViolation.unprocessable("Account " + accountId + " does not exist."));
        if (!account.active()) {
            throw DomainRuleViolation.unprocessable("Account " + accountId + " (" + account.name() + ") is inactive.");
        }
        return account;
    }

    public Optional<AccountView> find(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            return Optional.empty();
        }
        return views.findById(accountId).or(() -> accountService.fetch(accountId).map(this::remember));
    }

    /** Accounts by id, as far as the view knows them; for showing names next to links. */
    public Map<String, AccountView> known(Collection<String> accountIds) {
        return views.findAllById(accountIds).stream().collect(Collectors.toMap(AccountView::id, Function.identity()));
    }

    /**
     * Brings the view up to date with an account event; an event older than the view (which may have asked
     * account-service for a newer state) changes nothing.
     */
    public void apply(AccountEvent event) {
        Optional<AccountView> current = views.findById(event.accountId());
        if (current.isPresent() && current.get().version() >= event.version()) {
            return;
        }
        AccountView base = current.orElse(new AccountView(event.accountId(), null, true, List.of(), 0));
        AccountView next = switch (event) {
            case AccountCreated created -> new AccountView(created.accountId(), created.details().name(),
                    created.active(), created.details().addresses(), created.version());
            case AccountUpdated updated -> new AccountView(base.id(), updated.details().name(), base.active(),
                    updated.details().addresses(), updated.version());
            case AccountDeactivated deactivated -> new AccountView(base.id(), base.name(), false, base.addresses(),
                    deactivated.version());
            case AccountReactivated reactivated -> new AccountView(base.id(), base.name(), true, base.addresses(),
                    reactivated.version());
            default -> new AccountView(base.id(), base.name(), base.active(), base.addresses(), event.version());
        };
        views.save(next);
    }

    private AccountView remember(AccountView fetched) {
        return views.findById(fetched.id()).filter(known -> known.version() >= fetched.version())
                .orElseGet(() -> views.save(fetched));
    }
}
