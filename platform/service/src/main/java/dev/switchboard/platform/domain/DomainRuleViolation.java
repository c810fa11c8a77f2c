package dev.switchboard.platform.domain;

import java.util.List;

/**
 * An aggregate refused a change. The model says only which kind of refusal it is; the web layer turns the kind
 * into a problem response (409 for a conflict with the current state, 422 for a request no state would allow).
 */
public class DomainRuleViolation extends RuntimeException {

    /** Why the change is refused, which decides how a client may recover. */
    public enum Kind {
        /** The aggregate's current state forbids it; another change first could allow it. */
        CONFLICTS_WITH_STATE,
        /** The request itself breaks a rule (an unknown or inactive reference, say). */
        BREAKS_RULE
    }

    private final Kind kind;
    private final List<String> reasons;

    private DomainRuleViolation(Kind kind, String message, List<String> reasons) {
        super(message);
        this.kind = kind;
        this.reasons = List.copyOf(reasons);
    }

    public static DomainRuleViolation conflict(String message, List<String> reasons) {
        return new DomainRuleViolation(Kind.CONFLICTS_WITH_STATE, message, reasons);
    }

    public static DomainRuleViolation unprocessable(String message) {
        return new DomainRuleViolation(Kind.BREAKS_RULE, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    /** What the client can do about it; empty when the message says all. */
    public List<String> reasons() {
        return reasons;
    }
}
