package dev.switchboard.platform.sample;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Creates gadgets; a name starting with "fail-once" fails the first time, as a database hiccup would. */
@RestController
class GadgetController {

    record GadgetRequest(String name) {
    }

    record GadgetResponse(String id, String name) {
    }

    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    private final GadgetRepository gadgets;
    private final HeldRequests held;

    GadgetController(GadgetRepository gadgets, HeldRequests held) {
        this.gadgets = gadgets;
        this.held = held;
    }

    @PostMapping("/api/gadgets")
    ResponseEntity<GadgetResponse> create(@RequestBody GadgetRequest request) throws InterruptedException {
        int attempt = attempts.computeIfAbsent(request.name(), name -> new AtomicInteger()).incrementAndGet();
        if (request.name().startsWith("fail-once") && attempt == 1) {
            throw new IllegalStateException("the database hiccupped");
        }
        held.passThrough(request.name());
        Gadget gadget = gadgets.save(Gadget.create(request.name()));
        return ResponseEntity.created(URI.create("/api/gadgets/" + gadget.id()))
                .body(new GadgetResponse(gadget.id(), gadget.name()));
    }
}
