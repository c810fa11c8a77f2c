package dev.switchboard.account.primaries;

import dev.switchboard.account.account.Account;
import dev.switchboard.account.account.AccountRepository;
import dev.switchboard.account.contacts.AccountContacts;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import dev.switchboard.platform.web.InvalidRequestException;
import dev.switchboard.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's primary contact and the contacts holding its primary roles (seed: "Only one contact can have a
 * certain primary role. A contact can have multiple primary roles."). Only a contact of the account may be either.
 */
@Tag(name = "Primary contacts and roles",
        description = "An account's primary contact, and which of its contacts holds each primary role")
@RestController
@RequestMapping(path = "/api/accounts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class PrimariesController {

    private static final String ROLE_PATTERN = "^[A-Za-z][A-Za-z0-9 _-]{0,49}$";
    private static final Pattern ROLE = Pattern.compile(ROLE_PATTERN);

    private final AccountRepository accounts;
    private final AccountContacts contacts;
    private final TopicCatchUp catchUp;

    PrimariesController(AccountRepository accounts, AccountContacts contacts, TopicCatchUp catchUp) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.catchUp = catchUp;
    }

    @Operation(summary = "Make a contact the account's primary contact", operationId = "assignPrimaryContact",
            description = "Only a contact linked to the account, and not deleted, can be its primary contact.")
    @PutMapping(path = "/primary-contact", consumes = MediaType.APPLICATION_JSON_VALUE)
    PrimaryContactResponse assignPrimaryContact(@PathVariable String id, @Valid @RequestBody ContactAssignment body) {
        Account account = find(id);
        String contactId = requireContactOf(account, body.contactId());
        if (account.assignPrimaryContact(contactId)) {
            accounts.save(account);
        }
        return new PrimaryContactResponse(contactId, displayNames(account, List.of(contactId)).get(contactId));
    }

    @Operation(summary = "Leave the account without a primary contact", operationId = "removePrimaryContact")
    @DeleteMapping("/primary-contact")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePrimaryContact(@PathVariable String id) {
        Account account = find(id);
        if (account.removePrimaryContact()) {
            accounts.save(account);
        }
    }

    @Operation(summary = "List the account's primary roles and who holds each", operationId = "listPrimaryRoles")
    @GetMapping("/primary-roles")
    List<PrimaryRoleResponse> primaryRoles(@PathVariable String id) {
        Account account = find(id);
        Map<String, String> names = displayNames(account, account.primaryRoles().values());
        return account.primaryRoles().entrySet().stream()
                .map(role -> new PrimaryRoleResponse(role.getKey(), role.getValue(), names.get(role.getValue())))
                .toList();
    }

    @Operation(summary = "Give a primary role to a contact of the account", operationId = "assignPrimaryRole",
            description = "A role has one holder: whoever held it before no longer does. A contact may hold several.")
    @PutMapping(path = "/primary-roles/{role}", consumes = MediaType.APPLICATION_JSON_VALUE)
    PrimaryRoleResponse assignPrimaryRole(@PathVariable String id,
            @Parameter(schema = @Schema(pattern = ROLE_PATTERN)) @PathVariable String role,
            @Valid @RequestBody ContactAssignment body) {
        requireRoleName(role);
        Account account = find(id);
        String contactId = requireContactOf(account, body.contactId());
        if (account.assignPrimaryRole(role, contactId)) {
            accounts.save(account);
        }
        return new PrimaryRoleResponse(role, contactId, displayNames(account, List.of(contactId)).get(contactId));
    }

    @Operation(summary = "Take a primary role from whoever holds it", operationId = "removePrimaryRole")
    @DeleteMapping("/primary-roles/{role}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePrimaryRole(@PathVariable String id,
            @Parameter(schema = @Schema(pattern = ROLE_PATTERN)) @PathVariable String role) {
        requireRoleName(role);
        Account account = find(id);
        if (account.removePrimaryRole(role)) {
            accounts.save(account);
        }
    }

    private Account find(String id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    /** Decided once the view has applied what contact-service had published, so a contact made a moment ago counts. */
    private String requireContactOf(Account account, String contactId) {
        catchUp.await(Topics.CONTACTS);
        if (!contacts.isLinked(account.id(), contactId)) {
            throw DomainRuleViolation.unprocessable("Contact '" + contactId + "' does not belong to account '"
                    + account.id() + "': only a contact linked to the account, and not deleted, can be primary.");
        }
        return contactId;
    }

    private Map<String, String> displayNames(Account account, Collection<String> contactIds) {
        return contacts.displayNames(account.id(), contactIds);
    }

    private static void requireRoleName(String role) {
        if (!ROLE.matcher(role).matches()) {
            throw InvalidRequestException.of("role",
                    "must start with a letter and have at most 50 letters, digits, spaces, '_' or '-'");
        }
    }
}
