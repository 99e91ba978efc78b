package pl.cus.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.cus.portal.shared.InvalidInput;

class ReportPeriodTests {

    @Test
    void halfYearsAndYearsIncludeTheirFirstAndLastDay() {
        var h1 = ReportPeriod.halfYear(2027, 1);
        assertThat(h1).isEqualTo(new ReportPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)));
        assertThat(h1.contains(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(h1.contains(LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(h1.contains(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(h1.contains(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(ReportPeriod.halfYear(2027, 2))
                .isEqualTo(new ReportPeriod(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 12, 31)));
        assertThat(ReportPeriod.year(2028).days()).isEqualTo(366);
        assertThat(h1.months()).hasSize(6).first().hasToString("2027-01");
    }

    @Test
    void presetsOfferHalfYearsAndYearsNewestFirst() {
        var presets = ReportPeriod.presets(LocalDate.of(2027, 3, 10), 1);
        assertThat(presets)
                .extracting(ReportPeriod.Preset::key)
                .containsExactly("2027-H2", "2027-H1", "2027", "2026-H2", "2026-H1", "2026");
        assertThat(ReportPeriod.halfYearOf(LocalDate.of(2027, 7, 1))).isEqualTo(ReportPeriod.halfYear(2027, 2));
        assertThat(ReportPeriod.quarterOf(LocalDate.of(2027, 5, 31)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30)));
    }

    @Test
    void unreadableMissingOrReversedDatesNameTheField() {
        assertThatThrownBy(() -> ReportPeriod.parse(null, "2027-06-30"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .containsExactly("from"));
        assertThatThrownBy(() -> ReportPeriod.parse("2027-02-30", "x"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .containsExactly("from", "to"));
        assertThatThrownBy(() -> ReportPeriod.parse("2027-07-01", "2027-06-30"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .containsExactly("to"));
        assertThatThrownBy(() -> ReportPeriod.parse("2000-01-01", "2027-06-30")).isInstanceOf(InvalidInput.class);
        assertThat(ReportPeriod.parse(" 2027-06-30 ", "2027-06-30").days()).isEqualTo(1);
    }
}
