package dev.switchboard.platform.testkit.planted;

import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Breaks the model rule: a stored aggregate that refuses a change with an HTTP status. */
@Document("things")
class WebAwareDocument {

    private boolean locked;

    void change() {
        if (locked) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
    }
}
