package pl.cus.portal.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.cus.portal.assistance.Ending.EndReason;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.PauseReason;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.reporting.FamilyAssistanceFigures;

/**
 * Reporting's value lists are the operational modules' definitions: a status, kind, channel, destination, pause
 * reason, deadline state or end reason added to an enum fails here until reporting says how it counts it.
 */
class ReportListsTests {

    /** How reporting counts an application in each status. */
    private enum Counted {
        OPEN_CASE,
        DECIDED,
        WITHDRAWN,
        CLOSED_AFTER_PLAN
    }

    private static final Map<ApplicationStatus, Counted> STATUSES = new EnumMap<>(Map.of(
            ApplicationStatus.SUBMITTED, Counted.OPEN_CASE,
            ApplicationStatus.ASSIGNED, Counted.OPEN_CASE,
            ApplicationStatus.ASSESSED, Counted.OPEN_CASE,
            ApplicationStatus.PLAN_AGREED, Counted.OPEN_CASE,
            ApplicationStatus.PLAN_PREPARED, Counted.OPEN_CASE,
            ApplicationStatus.FORWARDED, Counted.DECIDED,
            ApplicationStatus.NOT_QUALIFIED, Counted.DECIDED,
            ApplicationStatus.WITHDRAWN, Counted.WITHDRAWN,
            ApplicationStatus.CLOSED, Counted.CLOSED_AFTER_PLAN));

    @Test
    void everyApplicationStatusIsCountedOneWayAndTheListsAreIntakesOwn() {
        assertThat(STATUSES.keySet()).containsExactlyInAnyOrder(ApplicationStatus.values());
        assertThat(ReportLists.OPEN).containsExactly(names(Counted.OPEN_CASE));
        assertThat(ReportLists.OPEN).containsExactly(ApplicationStatus.names(ApplicationStatus.OPEN));
        assertThat(ReportLists.DECIDED_SQL).isEqualTo("('FORWARDED', 'NOT_QUALIFIED')");
        assertThat(ReportLists.DECIDED_SQL).isEqualTo(ReportLists.literals(ApplicationStatus.DECIDED));
        assertThat(ReportLists.ENDED_BEFORE_PLAN_SQL).isEqualTo("('FORWARDED', 'NOT_QUALIFIED', 'WITHDRAWN')");
        assertThat(ReportLists.FORWARDED).isEqualTo(names(Counted.DECIDED)[0]);
        assertThat(ReportLists.NOT_QUALIFIED).isEqualTo(names(Counted.DECIDED)[1]);
        assertThat(ReportLists.WITHDRAWN).isEqualTo(names(Counted.WITHDRAWN)[0]);
    }

    @Test
    void kindsChannelsDestinationsAndPauseReasonsAreTheEnumsInTheirOrder() {
        assertThat(ReportLists.KINDS).containsExactly("IPUS", "ZA_ZYCIEM");
        assertThat(ReportLists.KINDS).containsExactlyElementsOf(enumNames(ApplicationKind.values()));
        assertThat(ReportLists.CHANNELS).containsExactlyElementsOf(enumNames(ContactChannel.values()));
        assertThat(ReportLists.DESTINATIONS).containsExactlyElementsOf(enumNames(Forwarding.Destination.values()));
        assertThat(ReportLists.DESTINATIONS).contains(ReportLists.UNKNOWN_DESTINATION);
        assertThat(ReportLists.PAUSE_REASONS).containsExactlyElementsOf(enumNames(PauseReason.values()));
    }

    @Test
    void everyDeadlineStateIsRunningOrFinished() {
        var finished = EnumSet.of(DeadlineState.MET, DeadlineState.MET_LATE, DeadlineState.CLOSED);
        var all = EnumSet.copyOf(ReportLists.RUNNING);
        all.addAll(finished);
        assertThat(all).containsExactlyInAnyOrder(DeadlineState.values());
        assertThat(ReportLists.RUNNING).doesNotContainAnyElementsOf(finished);
        assertThat(ReportLists.RUNNING).containsAll(ReportLists.ALERTS);
    }

    @Test
    void familyAssistanceIsCompletedForOneEndReasonAndInterruptedForEveryOther() {
        var completed =
                Arrays.stream(EndReason.values()).filter(EndReason::completed).toList();
        assertThat(completed).extracting(Enum::name).containsExactly(ReportLists.COMPLETED);
        assertThat(FamilyAssistanceFigures.INTERRUPTION_REASONS)
                .containsExactlyElementsOf(Arrays.stream(EndReason.values())
                        .filter(reason -> !reason.completed())
                        .map(Enum::name)
                        .toList());
    }

    /** The lists written into the SQL as literals match the partial indexes' predicates, or the planner skips them. */
    @Test
    void literalListsAreThePartialIndexesPredicates() throws IOException {
        Path migrations = Path.of("src/main/resources/db/migration");
        assertThat(Files.readString(migrations.resolve("V40__reporting_indexes.sql")))
                .contains("where status in " + ReportLists.ENDED_BEFORE_PLAN_SQL + ";");
        assertThat(Files.readString(migrations.resolve("V8__deadline_tracking.sql")))
                .contains("where state in " + ReportLists.RUNNING_SQL + ";");
    }

    private static String[] names(Counted counted) {
        return STATUSES.entrySet().stream()
                .filter(entry -> entry.getValue() == counted)
                .map(entry -> entry.getKey().name())
                .toArray(String[]::new);
    }

    private static java.util.List<String> enumNames(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
