package dev.switchboard.platform.sample;

import java.security.Principal;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a portal user may read: only about the token's own subject. */
@RestController
class MeController {

    @GetMapping("/api/me")
    Map<String, String> me(Principal principal) {
        return Map.of("subject", principal.getName());
    }
}
