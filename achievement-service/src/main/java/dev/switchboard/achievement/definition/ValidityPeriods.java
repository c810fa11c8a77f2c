package dev.switchboard.achievement.definition;

import dev.switchboard.platform.domain.InvalidValues;
import java.time.Period;

/** The periods a definition may give its achievements: positive, and at most a hundred years. */
final class ValidityPeriods {

    static final String FORMAT = "^P(\\d{1,4}Y)?(\\d{1,5}M)?(\\d{1,5}W)?(\\d{1,6}D)?$";
    private static final long MAX_DAYS = 36_525;

    private ValidityPeriods() {
    }

    static void check(String text) {
        if (text == null) {
            return;
        }
        Period period;
        try {
            period = Period.parse(text);
        } catch (RuntimeException e) {
            throw InvalidValues.of("validityPeriod", "must be an ISO-8601 period such as P2Y");
        }
        long approximateDays = period.toTotalMonths() * 31 + period.getDays();
        if (period.isZero() || approximateDays > MAX_DAYS) {
            throw InvalidValues.of("validityPeriod", "must be longer than nothing and at most 100 years");
        }
    }
}
