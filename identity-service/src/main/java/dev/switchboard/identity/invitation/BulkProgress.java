package dev.switchboard.identity.invitation;

import java.time.Instant;
import java.util.List;

/**
 * Where a bulk invitation stands: {@code done} = invited + failed, out of {@code total}; finished once state is DONE.
 *
 * @param failures each contact that could not be invited, with why
 */
record BulkProgress(String id, BulkInvitation.State state, InvitationKind kind, InvitationMode mode, int total,
        int done, int invited, int failed, List<Failure> failures, Instant createdAt, Instant finishedAt) {

    record Failure(String contactId, String reason) {
    }

    static BulkProgress of(BulkInvitation job) {
        return new BulkProgress(job.id(), job.state(), job.kind(), job.mode(), job.total(), job.done(), job.invited(),
                job.failed(), job.outcomes().stream().filter(outcome -> !outcome.invited())
                        .map(outcome -> new Failure(outcome.contactId(), outcome.reason())).toList(),
                job.createdAt(), job.finishedAt());
    }
}
