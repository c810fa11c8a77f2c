package dev.switchboard.account.account;

import dev.switchboard.account.account.AccountEdits.AccountEdit;
import dev.switchboard.platform.web.MergePatches;
import dev.switchboard.platform.web.NotFoundException;
import dev.switchboard.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountController {

    private final AccountRepository accounts;
    private final AccountEdits edits;
    private final ParentAccounts parents;
    private final AccountSearch search;
    private final Clock clock;

    AccountController(AccountRepository accounts, AccountEdits edits, ParentAccounts parents, AccountSearch search,
            Clock clock) {
        this.accounts = accounts;
        this.edits = edits;
        this.parents = parents;
        this.search = search;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AccountResponse> create(@RequestBody JsonNode body) {
        AccountEdit edit = edits.toCreate(body);
        parents.check(null, edit.details().parentAccountId());
        Account account = accounts.save(Account.create(edit.details(), edit.active(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return ResponseEntity.created(URI.create("/api/accounts/" + account.id())).body(AccountResponse.of(account));
    }

    @GetMapping("/{id}")
    AccountResponse get(@PathVariable String id) {
        return AccountResponse.of(find(id));
    }

    @PatchMapping(path = "/{id}", consumes = {MergePatches.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    AccountResponse patch(@PathVariable String id, @RequestBody JsonNode patch) {
        Account account = find(id);
        AccountEdit edit = edits.toChange(account, patch);
        List<Account> above = List.of();
        if (!Objects.equals(edit.details().parentAccountId(), account.parentAccountId())) {
            above = parents.check(id, edit.details().parentAccountId());
        }
        if (account.edit(edit.details(), edit.active())) {
            parents.hold(above);
            account = accounts.save(account);
        }
        return AccountResponse.of(account);
    }

    @GetMapping
    PageResponse<AccountResponse> list(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(defaultValue = "name") String sort) {
        return PageResponse.of(search.find(q, active, page, size, sort), AccountResponse::of);
    }

    private Account find(String id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }
}
