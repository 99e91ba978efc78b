package pl.cus.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlinesTests {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final LocalDate DUE = LocalDate.of(2027, 3, 1);

    @Test
    void planDueDateUsesTheIpusRule() {
        Deadlines deadlines = at("2027-01-30T10:00:00Z");
        assertThat(deadlines.planDueDate(LocalDate.of(2027, 1, 30))).isEqualTo(DUE);
        assertThat(deadlines
                        .preview(DeadlineRule.IPUS_PLAN, LocalDate.of(2027, 1, 30))
                        .due())
                .isEqualTo(DUE);
    }

    @Test
    void todayIsTheWarsawDateNotTheUtcOne() {
        // 23:30 UTC on 21 Feb is already 22 Feb in Warsaw: 7 days before the due date, so due soon.
        Deadlines deadlines = at("2027-02-21T23:30:00Z");
        assertThat(deadlines.today()).isEqualTo(LocalDate.of(2027, 2, 22));
        assertThat(deadlines.stateOf(DUE, Optional.empty(), false)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(at("2027-02-21T22:30:00Z").stateOf(DUE, Optional.empty(), false))
                .isEqualTo(DeadlineState.ON_TRACK);
    }

    @Test
    void stateOfCoversMetLateAndClosed() {
        Deadlines deadlines = at("2027-03-05T10:00:00Z");
        assertThat(deadlines.stateOf(DUE, Optional.empty(), false)).isEqualTo(DeadlineState.OVERDUE);
        assertThat(deadlines.stateOf(DUE, Optional.of(DUE), false)).isEqualTo(DeadlineState.MET);
        assertThat(deadlines.stateOf(DUE, Optional.of(DUE.plusDays(1)), false)).isEqualTo(DeadlineState.MET_LATE);
        assertThat(deadlines.stateOf(DUE, Optional.empty(), true)).isEqualTo(DeadlineState.CLOSED);
        assertThat(deadlines.nextChange(DUE, Optional.empty(), false)).isEmpty();
        assertThat(at("2027-02-01T10:00:00Z").nextChange(DUE, Optional.empty(), false))
                .contains(LocalDate.of(2027, 2, 22));
    }

    @Test
    void refusesANegativeWindow() {
        assertThatThrownBy(() -> new Deadlines(DeadlinePolicy.defaults(), Clock.systemUTC(), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dueSoonDays");
    }

    private static Deadlines at(String instant) {
        return new Deadlines(new DeadlinePolicy(Map.of(), false), Clock.fixed(Instant.parse(instant), WARSAW), 7);
    }
}
