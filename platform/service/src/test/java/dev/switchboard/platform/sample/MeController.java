package dev.switchboard.platform.sample;

import java.security.Principal;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a portal user may read: only about the token's own subject; and what anyone may read, without a token. */
@RestController
class MeController {

    @GetMapping("/api/me")
    Map<String, String> me(Principal principal) {
        return Map.of("subject", principal.getName());
    }

    @GetMapping("/api/public/hello")
    Map<String, String> hello() {
        return Map.of("hello", "anyone");
    }
}
