package dev.switchboard.account.account;

import dev.switchboard.events.account.AccountDetails;
import dev.switchboard.platform.web.MergePatches;
import dev.switchboard.platform.web.NotFoundException;
import dev.switchboard.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Accounts", description = "Companies and organisations that contacts belong to, and their hierarchy")
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

    @Operation(summary = "Create an account", operationId = "createAccount",
            description = "The new account is active unless the body says otherwise; its address is in Location.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AccountResponse> create(@Valid @RequestBody AccountFields body) {
        AccountDetails details = body.details();
        parents.check(null, details.parentAccountId());
        Account account = accounts.save(Account.create(details, body.activeOr(true),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return ResponseEntity.created(URI.create("/api/accounts/" + account.id())).body(AccountResponse.of(account));
    }

    @Operation(summary = "Read an account", operationId = "getAccount")
    @GetMapping("/{id}")
    AccountResponse get(@PathVariable String id) {
        return AccountResponse.of(find(id));
    }

    @Operation(summary = "Change an account", operationId = "patchAccount", description = "A JSON merge patch"
            + " (RFC 7396) of the account's fields: a field set to null is removed; read-only fields are refused by"
            + " name. A patch that changes nothing raises no event.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
            @Content(mediaType = MergePatches.MEDIA_TYPE, schema = @Schema(implementation = AccountFields.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AccountFields.class))})
    @PatchMapping(path = "/{id}", consumes = {MergePatches.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    AccountResponse patch(@PathVariable String id, @RequestBody JsonNode patch) {
        Account account = find(id);
        AccountFields edited = edits.toChange(account, patch);
        AccountDetails details = edited.details();
        List<Account> above = List.of();
        if (!Objects.equals(details.parentAccountId(), account.parentAccountId())) {
            above = parents.check(id, details.parentAccountId());
        }
        if (account.edit(details, edited.activeOr(account.active()))) {
            parents.hold(above);
            account = accounts.save(account);
        }
        return AccountResponse.of(account);
    }

    @Operation(summary = "Find accounts", operationId = "searchAccounts",
            description = "Accounts whose name words (or phone digits) start with the words of q, a page at a time.")
    @GetMapping
    PageResponse<AccountResponse> list(
            @Parameter(description = "words the name starts with, or digits of the phone")
            @RequestParam(required = false) @Size(max = 200) String q,
            @Parameter(description = "only active (true) or only inactive (false) accounts")
            @RequestParam(required = false) Boolean active,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "accounts per page") @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @Parameter(description = "name or createdAt, optionally followed by ,asc or ,desc",
                    schema = @Schema(pattern = "^(name|createdAt)(,(asc|desc))?$", defaultValue = "name"))
            @RequestParam(defaultValue = "name") String sort) {
        return PageResponse.of(search.find(q, active, page, size, sort), AccountResponse::of);
    }

    private Account find(String id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }
}
