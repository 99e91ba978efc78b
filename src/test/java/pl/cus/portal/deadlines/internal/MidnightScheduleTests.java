package pl.cus.portal.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The next midnight in Europe/Warsaw, whatever the server's zone, including the days the clocks change. */
class MidnightScheduleTests {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Test
    void anOrdinaryWinterEvening() {
        // 22:30 in Warsaw (UTC+1) is 21:30 UTC; midnight is 23:00 UTC.
        Instant now = Instant.parse("2027-01-15T21:30:00Z");
        assertThat(MidnightSchedule.nextMidnight(now, WARSAW).toInstant())
                .isEqualTo(Instant.parse("2027-01-15T23:00:00Z"));
        assertThat(MidnightSchedule.nextMidnight(now, WARSAW).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 16));
        assertThat(MidnightSchedule.delayUntilNextMidnight(now, WARSAW)).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void summerTimeMidnightIsTwoHoursBeforeUtcMidnight() {
        Instant now = Instant.parse("2027-07-01T12:00:00Z");
        assertThat(MidnightSchedule.nextMidnight(now, WARSAW).toInstant())
                .isEqualTo(Instant.parse("2027-07-01T22:00:00Z"));
    }

    @Test
    void theDayTheClocksGoForwardHasTwentyThreeHours() {
        // 28 March 2027: 02:00 becomes 03:00. From midnight that day to the next is 23 hours.
        Instant midnight = Instant.parse("2027-03-27T23:00:00Z");
        assertThat(MidnightSchedule.delayUntilNextMidnight(midnight, WARSAW)).isEqualTo(Duration.ofHours(23));
        assertThat(MidnightSchedule.nextMidnight(midnight, WARSAW).toInstant())
                .isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
    }

    @Test
    void theDayTheClocksGoBackHasTwentyFiveHours() {
        // 31 October 2027: 03:00 becomes 02:00 again.
        Instant midnight = Instant.parse("2027-10-30T22:00:00Z");
        assertThat(MidnightSchedule.delayUntilNextMidnight(midnight, WARSAW)).isEqualTo(Duration.ofHours(25));
        assertThat(MidnightSchedule.nextMidnight(midnight, WARSAW).toInstant())
                .isEqualTo(Instant.parse("2027-10-31T23:00:00Z"));
    }

    @Test
    void exactlyAtMidnightTheNextRunIsTheFollowingMidnight() {
        Instant midnight = Instant.parse("2027-01-15T23:00:00Z");
        assertThat(MidnightSchedule.nextMidnight(midnight, WARSAW).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 1, 17));
        assertThat(MidnightSchedule.delayUntilNextMidnight(midnight, WARSAW)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aUtcServerDoesNotShiftTheCentresDay() {
        // 23:30 UTC on 15 January is already 00:30 on 16 January in Warsaw: the next midnight starts the 17th.
        Instant now = Instant.parse("2027-01-15T23:30:00Z");
        assertThat(MidnightSchedule.nextMidnight(now, WARSAW).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 17));
    }
}
