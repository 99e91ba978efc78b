package pl.cus.portal.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import pl.cus.portal.calendar.DeadlineRule;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.calendar.DueDate;

/** {@code cus.deadlines.*} bound into the policy, without starting the portal. */
class DeadlinesConfigurationTests {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    // 2025-11-24 + 30 days is 24 December 2025, a Wednesday and a holiday since 2025.
    private static final LocalDate BEFORE_CHRISTMAS_EVE = LocalDate.of(2025, 11, 24);
    private static final LocalDate SPEC_START = LocalDate.of(2027, 1, 30);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DeadlinesConfiguration.class)
            .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2027-02-22T09:00:00Z"), WARSAW));

    @Test
    void defaultsKeepTheRulesAndDoNotRollForward() {
        runner.run(context -> {
            Deadlines deadlines = context.getBean(Deadlines.class);
            assertThat(deadlines.dueSoonDays()).isEqualTo(7);
            assertThat(deadlines.planDueDate(SPEC_START)).isEqualTo(LocalDate.of(2027, 3, 1));
            DueDate christmasEve = deadlines.preview(DeadlineRule.IPUS_PLAN, BEFORE_CHRISTMAS_EVE);
            assertThat(christmasEve.due()).isEqualTo(LocalDate.of(2025, 12, 24));
            assertThat(christmasEve.rolledForward()).isFalse();
        });
    }

    @Test
    void rollForwardMovesAHolidayToTheNextWorkingDay() {
        runner.withPropertyValues("cus.deadlines.roll-forward=true").run(context -> {
            DueDate due = context.getBean(Deadlines.class).preview(DeadlineRule.IPUS_PLAN, BEFORE_CHRISTMAS_EVE);
            // 24-26 Dec are holidays, 27-28 Dec a weekend.
            assertThat(due.nominal()).isEqualTo(LocalDate.of(2025, 12, 24));
            assertThat(due.due()).isEqualTo(LocalDate.of(2025, 12, 29));
            assertThat(due.rolledForward()).isTrue();
        });
    }

    @Test
    void amountOverrideChangesTheRule() {
        runner.withPropertyValues("cus.deadlines.amounts.IPUS_PLAN=21").run(context -> {
            Deadlines deadlines = context.getBean(Deadlines.class);
            assertThat(deadlines.planDueDate(SPEC_START)).isEqualTo(LocalDate.of(2027, 2, 20));
            // Other rules keep their defaults.
            assertThat(deadlines.preview(DeadlineRule.FA_START, SPEC_START).amount())
                    .isEqualTo(10);
        });
    }

    @Test
    void environmentVariablesBindToo() {
        // Containers set these. The environment mapping splits names at underscores, yet the key must come out whole.
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "CUS_DEADLINES_AMOUNTS_IPUS_PLAN",
                                        "21",
                                        "CUS_DEADLINES_ROLL_FORWARD",
                                        "true",
                                        "CUS_DEADLINES_DUE_SOON_DAYS",
                                        "5")));
        DeadlinesProperties properties = Binder.get(environment)
                .bind("cus.deadlines", DeadlinesProperties.class)
                .get();
        assertThat(properties.amounts()).containsExactly(Map.entry(DeadlineRule.IPUS_PLAN, 21));
        assertThat(properties.rollForward()).isTrue();
        assertThat(properties.dueSoonDays()).isEqualTo(5);
    }

    @Test
    void emptyOverrideKeepsTheDefault() {
        runner.withPropertyValues("cus.deadlines.amounts.IPUS_PLAN=")
                .run(context -> assertThat(context.getBean(Deadlines.class).planDueDate(SPEC_START))
                        .isEqualTo(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void overrideAndRollForwardCombine() {
        runner.withPropertyValues("cus.deadlines.amounts.IPUS_PLAN=21", "cus.deadlines.roll-forward=true")
                .run(context ->
                        // 21 days from 30 Jan 2027 is Saturday 20 Feb.
                        assertThat(context.getBean(Deadlines.class).planDueDate(SPEC_START))
                                .isEqualTo(LocalDate.of(2027, 2, 22)));
    }

    @Test
    void dueSoonDaysIsUsedWithTheClocksDate() {
        // Today is 22 Feb 2027; the plan of 30 Jan is due on 1 Mar, 7 days away.
        runner.run(context -> assertThat(
                        context.getBean(Deadlines.class).stateOf(LocalDate.of(2027, 3, 1), Optional.empty(), false))
                .isEqualTo(DeadlineState.DUE_SOON));
        runner.withPropertyValues("cus.deadlines.due-soon-days=3").run(context -> {
            Deadlines deadlines = context.getBean(Deadlines.class);
            assertThat(deadlines.dueSoonDays()).isEqualTo(3);
            assertThat(deadlines.stateOf(LocalDate.of(2027, 3, 1), Optional.empty(), false))
                    .isEqualTo(DeadlineState.ON_TRACK);
        });
    }

    @ParameterizedTest(name = "{0} fails start-up")
    @CsvSource(
            delimiter = '|',
            value = {
                "cus.deadlines.amounts.IPUS_PLAN=0            | IPUS_PLAN",
                "cus.deadlines.amounts.IPUS_PLAN=-5           | IPUS_PLAN",
                "cus.deadlines.amounts.FA_MONTHLY_REPORT=32   | FA_MONTHLY_REPORT",
                "cus.deadlines.amounts.IPUS_PLAN=thirty       | thirty",
                "cus.deadlines.amounts.NO_SUCH_RULE=5         | NO_SUCH_RULE",
                "cus.deadlines.due-soon-days=-1               | due-soon-days",
                "cus.deadlines.due-soon-days=366              | due-soon-days",
                "cus.deadlines.roll-forward=sometimes         | sometimes"
            })
    void invalidSettingFailsStartUpNamingIt(String setting, String named) {
        runner.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(named);
        });
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
