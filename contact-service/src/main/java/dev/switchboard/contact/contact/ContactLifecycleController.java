package dev.switchboard.contact.contact;

import dev.switchboard.contact.history.DeletionGuard;
import dev.switchboard.platform.domain.DomainRuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deleting (soft, refused while the contact has history elsewhere), restoring, and purging for good. Admins
 * delete and restore; only a super-user purges.
 */
@RestController
@RequestMapping(path = "/api/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contact lifecycle",
        description = "Deleting a contact (into the recycle bin), restoring it, and purging it for good.")
class ContactLifecycleController {

    private final Contacts contacts;
    private final DeletionGuard guard;

    ContactLifecycleController(Contacts contacts, DeletionGuard guard) {
        this.contacts = contacts;
        this.guard = guard;
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('admin')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a contact", operationId = "deleteContact",
            description = "A soft delete (admins only): the contact leaves the list and can be restored. Refused while "
                    + "the contact has history in other services (achievements, primary roles...).")
    void delete(@PathVariable String id) {
        Contact contact = contacts.require(id);
        List<String> reasons = guard.reasonsNotToDelete(id);
        if (!reasons.isEmpty()) {
            throw DomainRuleViolation.conflict("The contact has history and cannot be deleted.", reasons);
        }
        if (contact.delete(contacts.now())) {
            contacts.save(contact);
        }
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasRole('admin')")
    @Operation(summary = "Restore a deleted contact", operationId = "restoreContact")
    ContactResponse restore(@PathVariable String id) {
        Contact contact = contacts.require(id);
        contact.restore(contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    /** Only a deleted contact, and the deletion guard still applies: history may have arrived since the delete. */
    @PostMapping("/{id}/purge")
    @PreAuthorize("hasRole('super-user')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Purge a deleted contact for good", operationId = "purgeContact",
            description = "Super-users only. Everything known about the person is removed; only the id remains, "
                    + "never reused.")
    void purge(@PathVariable String id) {
        Contact contact = contacts.require(id);
        List<String> reasons = guard.reasonsNotToDelete(id);
        if (!reasons.isEmpty()) {
            throw DomainRuleViolation.conflict("The contact has history and cannot be purged.", reasons);
        }
        contact.purge(contacts.now());
        contacts.save(contact);
        guard.forget(id);
    }

    /** Seed's bulk delete: each id is tried on its own and answered on its own; none waits for another. */
    @PostMapping(path = "/bulk-delete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('admin')")
    @Operation(summary = "Delete several contacts", operationId = "bulkDeleteContacts",
            description = "Each id is tried on its own and answered on its own, in the order asked: deleted, already "
                    + "deleted, refused (with the reasons) or not found.")
    BulkDeleteResponse bulkDelete(@Valid @RequestBody BulkDeleteRequest request) {
        return new BulkDeleteResponse(new LinkedHashSet<>(request.ids()).stream().map(this::tryDelete).toList());
    }

    private BulkDeleteResponse.Result tryDelete(String id) {
        Contact contact = contacts.find(id).orElse(null);
        if (contact == null) {
            return new BulkDeleteResponse.Result(id, BulkDeleteResponse.Outcome.NOT_FOUND, List.of());
        }
        if (contact.deleted()) {
            return new BulkDeleteResponse.Result(id, BulkDeleteResponse.Outcome.ALREADY_DELETED, List.of());
        }
        List<String> reasons = guard.reasonsNotToDelete(id);
        if (!reasons.isEmpty()) {
            return new BulkDeleteResponse.Result(id, BulkDeleteResponse.Outcome.REFUSED, reasons);
        }
        contact.delete(contacts.now());
        try {
            contacts.save(contact);
        } catch (OptimisticLockingFailureException e) {
            return new BulkDeleteResponse.Result(id, BulkDeleteResponse.Outcome.REFUSED,
                    List.of("changed by someone else meanwhile; try again"));
        }
        return new BulkDeleteResponse.Result(id, BulkDeleteResponse.Outcome.DELETED, List.of());
    }

    record BulkDeleteRequest(@NotEmpty @Size(max = 1000) List<@NotBlank String> ids) {
    }
}
