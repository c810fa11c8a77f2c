package dev.switchboard.account.account;

import dev.switchboard.platform.web.NotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountController {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountController(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AccountResponse> create(@Valid @RequestBody AccountRequest request) {
        PostalAddress address = request.address() == null ? null : request.address().toAddress();
        boolean active = request.active() == null || request.active();
        Account account = accounts.save(Account.create(request.name().strip(), address, active,
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return ResponseEntity.created(URI.create("/api/accounts/" + account.id())).body(AccountResponse.of(account));
    }

    @GetMapping("/{id}")
    AccountResponse get(@PathVariable String id) {
        return accounts.findById(id).map(AccountResponse::of).orElseThrow(() -> new NotFoundException("account", id));
    }
}
