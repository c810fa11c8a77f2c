package dev.switchboard.contact.contact;

import java.util.List;

/** One result per requested id, in the order asked. */
record BulkDeleteResponse(List<Result> results) {

    enum Outcome {
        DELETED, ALREADY_DELETED, REFUSED, NOT_FOUND
    }

    record Result(String id, Outcome outcome, List<String> reasons) {
    }
}
