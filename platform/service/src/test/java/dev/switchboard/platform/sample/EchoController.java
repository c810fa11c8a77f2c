package dev.switchboard.platform.sample;

import dev.switchboard.platform.events.MultiLine;
import dev.switchboard.platform.web.PageRequests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Answers what it was sent, as the service read it, to show how client input is read. */
@RestController
class EchoController {

    enum Colour { RED, GREEN }

    record Person(@NotBlank String name, @MultiLine String note, LocalDate born, Colour colour, Boolean active,
            List<String> tags, Map<String, Object> extra) {
    }

    record Filter(Colour colour, String q) {
    }

    @PostMapping("/api/echo")
    Person echo(@Valid @RequestBody Person person) {
        return person;
    }

    @PostMapping("/api/echo/tree")
    JsonNode tree(@RequestBody JsonNode body) {
        return body;
    }

    @GetMapping("/api/echo")
    Filter filter(@ModelAttribute Filter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest checked = PageRequests.of(page, size);
        return checked.getOffset() >= 0 ? filter : null;
    }
}
