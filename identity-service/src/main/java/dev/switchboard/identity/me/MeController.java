package dev.switchboard.identity.me;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A portal user's own page: the one path of identity-service a portal token may read. */
@Tag(name = "My portal account", description = "What a portal user reads about itself")
@RestController
@RequestMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
class MeController {

    private final Me me;

    MeController(Me me) {
        this.me = me;
    }

    @Operation(summary = "Read my contact, credentials and achievements", operationId = "getMe",
            description = "For the caller's own portal credentials (the token's subject is its user in the realm):"
                    + " its contact's names and email, its credentials' status, and its achievements. A user without"
                    + " portal credentials (such as an admin of the console) gets 404.")
    @GetMapping
    MeResponse get(@AuthenticationPrincipal Jwt token) {
        return me.of(token.getSubject());
    }
}
