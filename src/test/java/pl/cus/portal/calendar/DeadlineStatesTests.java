package pl.cus.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.cus.portal.calendar.DeadlineState.CLOSED;
import static pl.cus.portal.calendar.DeadlineState.DUE_SOON;
import static pl.cus.portal.calendar.DeadlineState.MET;
import static pl.cus.portal.calendar.DeadlineState.MET_LATE;
import static pl.cus.portal.calendar.DeadlineState.ON_TRACK;
import static pl.cus.portal.calendar.DeadlineState.OVERDUE;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineStatesTests {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 1);
    private static final Optional<LocalDate> OPEN = Optional.empty();

    @ParameterizedTest(name = "due {0} days from today: {1}")
    @CsvSource({
        "-30, OVERDUE",
        "-1, OVERDUE", // the day after the due date
        "0, DUE_SOON", // the due date itself
        "1, DUE_SOON",
        "7, DUE_SOON", // the first DUE_SOON day with the default window
        "8, ON_TRACK",
        "30, ON_TRACK"
    })
    void openDeadlineAroundItsBoundaries(int daysLeft, DeadlineState expected) {
        LocalDate today = DUE.minusDays(daysLeft);
        assertThat(DeadlineStates.evaluate(DUE, today, OPEN, false)).isEqualTo(expected);
        assertThat(DeadlineStates.evaluate(DUE, today, OPEN, false, DeadlineStates.DEFAULT_DUE_SOON_DAYS))
                .isEqualTo(expected);
    }

    @Test
    void metOnOrBeforeTheDueDateIsMetWhateverTheDayIsNow() {
        for (int offset = -10; offset <= 40; offset++) {
            LocalDate today = DUE.plusDays(offset);
            assertThat(DeadlineStates.evaluate(DUE, today, Optional.of(DUE), false))
                    .isEqualTo(MET);
            assertThat(DeadlineStates.evaluate(DUE, today, Optional.of(DUE.minusDays(20)), false))
                    .isEqualTo(MET);
            assertThat(DeadlineStates.evaluate(DUE, today, Optional.of(DUE.plusDays(1)), false))
                    .isEqualTo(MET_LATE);
        }
    }

    @Test
    void closedWinsOverEverythingElse() {
        assertThat(DeadlineStates.evaluate(DUE, DUE.minusDays(30), OPEN, true)).isEqualTo(CLOSED);
        assertThat(DeadlineStates.evaluate(DUE, DUE.plusDays(30), OPEN, true)).isEqualTo(CLOSED);
        assertThat(DeadlineStates.evaluate(DUE, DUE, Optional.of(DUE), true)).isEqualTo(CLOSED);
        assertThat(DeadlineStates.evaluate(DUE, DUE.plusDays(5), Optional.of(DUE.plusDays(2)), true))
                .isEqualTo(CLOSED);
    }

    @Test
    void theDueSoonWindowIsConfigurable() {
        assertThat(DeadlineStates.evaluate(DUE, DUE, OPEN, false, 0)).isEqualTo(DUE_SOON);
        assertThat(DeadlineStates.evaluate(DUE, DUE.minusDays(1), OPEN, false, 0))
                .isEqualTo(ON_TRACK);
        assertThat(DeadlineStates.evaluate(DUE, DUE.minusDays(14), OPEN, false, 14))
                .isEqualTo(DUE_SOON);
        assertThat(DeadlineStates.evaluate(DUE, DUE.minusDays(15), OPEN, false, 14))
                .isEqualTo(ON_TRACK);
        assertThat(DeadlineStates.evaluate(DUE, DUE.plusDays(1), OPEN, false, 14))
                .isEqualTo(OVERDUE);
    }

    @Test
    void boundariesAcrossAMonthEndAndALeapDay() {
        // 29 Feb counts: seven days before 3 March 2028 is 25 Feb (it would be 24 Feb in a common year).
        LocalDate due = LocalDate.of(2028, 3, 3);
        assertThat(DeadlineStates.evaluate(due, LocalDate.of(2028, 2, 24), OPEN, false))
                .isEqualTo(ON_TRACK);
        assertThat(DeadlineStates.evaluate(due, LocalDate.of(2028, 2, 25), OPEN, false))
                .isEqualTo(DUE_SOON);
        assertThat(DeadlineStates.nextChange(due, LocalDate.of(2028, 2, 1), OPEN, false))
                .contains(LocalDate.of(2028, 2, 25));
    }

    @Test
    void nextChangeOfAnOpenDeadline() {
        LocalDate dueSoonFrom = DUE.minusDays(7);
        assertThat(DeadlineStates.nextChange(DUE, DUE.minusDays(30), OPEN, false))
                .contains(dueSoonFrom);
        assertThat(DeadlineStates.nextChange(DUE, DUE.minusDays(8), OPEN, false))
                .contains(dueSoonFrom);
        assertThat(DeadlineStates.nextChange(DUE, DUE.minusDays(7), OPEN, false))
                .contains(DUE.plusDays(1));
        assertThat(DeadlineStates.nextChange(DUE, DUE, OPEN, false)).contains(DUE.plusDays(1));
        assertThat(DeadlineStates.nextChange(DUE, DUE.plusDays(1), OPEN, false)).isEmpty();
        assertThat(DeadlineStates.nextChange(DUE, DUE.minusDays(3), OPEN, false, 0))
                .contains(DUE);
    }

    @Test
    void nothingChangesByItselfOnceMetOrClosed() {
        assertThat(DeadlineStates.nextChange(DUE, DUE.minusDays(30), Optional.of(DUE.minusDays(31)), false))
                .isEmpty();
        assertThat(DeadlineStates.nextChange(DUE, DUE.plusDays(3), Optional.of(DUE.plusDays(2)), false))
                .isEmpty();
        assertThat(DeadlineStates.nextChange(DUE, DUE.minusDays(30), OPEN, true))
                .isEmpty();
    }

    @Test
    void nextChangeIsExactlyTheFirstDayTheStateDiffers() {
        for (int window : new int[] {0, 1, 7, 14}) {
            for (int offset = -40; offset <= 5; offset++) {
                LocalDate today = DUE.plusDays(offset);
                DeadlineState now = DeadlineStates.evaluate(DUE, today, OPEN, false, window);
                LocalDate firstDifferent = null;
                for (LocalDate day = today.plusDays(1); day.isBefore(DUE.plusDays(60)); day = day.plusDays(1)) {
                    if (DeadlineStates.evaluate(DUE, day, OPEN, false, window) != now) {
                        firstDifferent = day;
                        break;
                    }
                }
                assertThat(DeadlineStates.nextChange(DUE, today, OPEN, false, window))
                        .as("window %d, today %s", window, today)
                        .isEqualTo(Optional.ofNullable(firstDifferent));
            }
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> DeadlineStates.evaluate(DUE, DUE, OPEN, false, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dueSoonDays");
        assertThatThrownBy(() -> DeadlineStates.evaluate(null, DUE, OPEN, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("due");
        assertThatThrownBy(() -> DeadlineStates.evaluate(DUE, null, OPEN, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("today");
        assertThatThrownBy(() -> DeadlineStates.evaluate(DUE, DUE, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metOn");
        assertThatThrownBy(() -> DeadlineStates.nextChange(DUE, DUE, OPEN, false, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
