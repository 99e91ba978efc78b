package pl.cus.portal.deadlines.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When the next day begins in the centre's zone. Pure, so that daylight-saving days (23 or 25 hours in
 * Europe/Warsaw) are tested without waiting for them.
 */
final class MidnightSchedule {

    private MidnightSchedule() {}

    /** The first instant of the day after {@code now}'s day in {@code zone} (the start of that day if midnight is skipped). */
    static ZonedDateTime nextMidnight(Instant now, ZoneId zone) {
        LocalDate tomorrow = now.atZone(zone).toLocalDate().plusDays(1);
        return tomorrow.atStartOfDay(zone);
    }

    /** How long from {@code now} until the next midnight in {@code zone}; never negative. */
    static Duration delayUntilNextMidnight(Instant now, ZoneId zone) {
        return Duration.between(now, nextMidnight(now, zone).toInstant());
    }
}
