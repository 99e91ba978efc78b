package pl.cus.portal.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationStatus;

/** Dates and deadline sentences read as a letter would; the intake texts never ask about income or a home interview. */
class WordingTests {

    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final Locale EN = Locale.forLanguageTag("en");
    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 23);

    @Test
    void datesAreWrittenOutAsInLetters() {
        assertThat(Dates.longDate(DUE, PL)).isEqualTo("23 grudnia 2026 r.");
        assertThat(Dates.longDate(DUE, EN)).isEqualTo("December 23, 2026");
        assertThat(Dates.longDate(DUE, UK)).startsWith("23 грудня 2026");
        // Just after midnight in Warsaw is still the previous day in UTC: the centre's date counts.
        assertThat(Dates.longDate(Instant.parse("2026-12-22T23:30:00Z"), PL)).isEqualTo("23 grudnia 2026 r.");
        assertThat(Dates.time(Instant.parse("2026-11-23T18:42:00Z"))).isEqualTo("19:42");
    }

    @Test
    void eachDeadlineStateSaysInPlainWordsWhetherTheCentreIsOnTime() {
        assertThat(Wording.deadline(DeadlineState.ON_TRACK, DUE, PL))
                .startsWith("Centrum ma czas do 23 grudnia 2026 r.");
        assertThat(Wording.deadline(DeadlineState.OVERDUE, DUE, PL))
                .startsWith("Termin minął 23 grudnia 2026 r., przepraszamy")
                .contains("koordynator");
        for (DeadlineState state : DeadlineState.values()) {
            for (Locale locale : new Locale[] {PL, EN, UK}) {
                assertThat(Wording.deadline(state, DUE, locale))
                        .as(state + " " + locale)
                        .doesNotStartWith("!")
                        .doesNotContain("{0}");
            }
        }
        assertThat(Wording.deadline(DeadlineState.ON_TRACK, DUE, EN)).contains("December 23, 2026");
    }

    @Test
    void statusesAddedLaterStillReadAsPlainWords() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(Wording.status(status, PL)).doesNotStartWith("!");
            assertThat(Wording.history(status, UK)).doesNotStartWith("!");
        }
    }

    @Test
    void theBackOfficeStepsHaveTheirOwnPlainWordsInEveryLanguage() {
        var steps = java.util.EnumSet.of(
                ApplicationStatus.ASSIGNED,
                ApplicationStatus.ASSESSED,
                ApplicationStatus.FORWARDED,
                ApplicationStatus.NOT_QUALIFIED);
        for (Locale locale : new Locale[] {PL, EN, UK}) {
            String other = pl.cus.portal.shared.i18n.Messages.get("intake.status.other", locale);
            String otherStep = pl.cus.portal.shared.i18n.Messages.get("intake.history.other", locale);
            for (ApplicationStatus status : steps) {
                assertThat(Wording.status(status, locale))
                        .as(status + " " + locale)
                        .isNotEqualTo(other)
                        .doesNotStartWith("!");
                assertThat(Wording.history(status, locale))
                        .as(status + " " + locale)
                        .isNotEqualTo(otherStep)
                        .doesNotStartWith("!");
            }
        }
        assertThat(Wording.status(ApplicationStatus.FORWARDED, PL)).contains("przekazany");
        assertThat(Wording.history(ApplicationStatus.NOT_QUALIFIED, PL)).contains("uzasadnienie", "odwołać");
        assertThat(Wording.history(ApplicationStatus.NOT_QUALIFIED, EN)).contains("justification", "appeal");
        // Who took the application is a person from the centre, not a label for the resident.
        assertThat(Wording.history(ApplicationStatus.ASSIGNED, PL)).doesNotContain("klient", "przypadek");
    }

    @Test
    void noIncomeQuestionsAndNoHomeInterviewInAnyLanguage() throws Exception {
        Set<String> banned =
                Set.of("dochód", "dochod", "wywiad", "income", "interview", "дохід", "доход", "обстеження");
        for (String file : new String[] {"intake.properties", "intake_en.properties", "intake_uk.properties"}) {
            var texts = new Properties();
            try (var in = WordingTests.class.getResourceAsStream("/i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(texts).as(file).isNotEmpty();
            texts.forEach((key, value) ->
                    banned.forEach(word -> assertThat(value.toString().toLowerCase(Locale.ROOT))
                            .as(file + " " + key)
                            .doesNotContain(word)));
        }
    }
}
