package dev.switchboard.platform.testkit.planted;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Breaks the controller rule: queries MongoDB itself. */
@RestController
class MongoReadingController {

    private final MongoTemplate mongo;

    MongoReadingController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/things")
    List<String> things() {
        return mongo.findAll(String.class, "things");
    }
}
