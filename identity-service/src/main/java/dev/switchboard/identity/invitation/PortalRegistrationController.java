package dev.switchboard.identity.invitation;

import dev.switchboard.platform.web.UnprocessableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Self-registration for the portal: the one path of identity-service that needs no token. */
@Tag(name = "Portal registration", description = "Ask for portal access by oneself, where registration is on")
@RestController
@RequestMapping(path = RegistrationSecurity.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class PortalRegistrationController {

    /** The one answer to every registration, so that it tells nothing about the email. */
    record Received(String message) {
        static final Received ALWAYS = new Received("If this address may register, a mail to choose a password is on"
                + " its way.");
    }

    private final PortalRegistrations registrations;

    PortalRegistrationController(PortalRegistrations registrations) {
        this.registrations = registrations;
    }

    @Operation(summary = "Register for the portal", operationId = "registerForPortal",
            description = "No token needed. Where registration is on, the contact with this email (or a new contact"
                    + " in the configured default account) gets portal credentials and a mail to choose a password."
                    + " Always 202 with the same body, whether or not the email is known, already has access, or was"
                    + " rejected (a rejected contact cannot register again). 422 where registration is off.")
    @SecurityRequirements
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Received register(@Valid @RequestBody PortalRegistration body) {
        if (!registrations.enabled()) {
            throw new UnprocessableException("Self-registration for the portal is off here.");
        }
        registrations.accept(body);
        return Received.ALWAYS;
    }
}
