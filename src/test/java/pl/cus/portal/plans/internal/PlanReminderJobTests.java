package pl.cus.portal.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PlanReminderJobTests {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final Clock CLOCK = Clock.system(WARSAW);

    @Test
    void theJobRunsShortlyAfterMidnightInTheCentresZoneTheSameDayOrTheNext() {
        // 00:10 in Warsaw (23:10 UTC the day before in winter): today's run is still ahead.
        assertThat(PlanReminderJob.nextRun(Instant.parse("2027-01-14T23:10:00Z"), CLOCK)
                        .toInstant())
                .isEqualTo(Instant.parse("2027-01-14T23:20:00Z"));
        // Exactly at the run time, or later in the day: tomorrow's.
        assertThat(PlanReminderJob.nextRun(Instant.parse("2027-01-14T23:20:00Z"), CLOCK)
                        .toInstant())
                .isEqualTo(Instant.parse("2027-01-15T23:20:00Z"));
        assertThat(PlanReminderJob.nextRun(Instant.parse("2027-01-15T12:00:00Z"), CLOCK)
                        .toInstant())
                .isEqualTo(Instant.parse("2027-01-15T23:20:00Z"));
        // Across the change to summer time the local time stays 00:20.
        assertThat(PlanReminderJob.nextRun(Instant.parse("2027-03-28T12:00:00Z"), CLOCK)
                        .toLocalTime()
                        .toString())
                .isEqualTo("00:20");
    }
}
