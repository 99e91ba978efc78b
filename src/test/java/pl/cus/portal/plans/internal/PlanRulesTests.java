package pl.cus.portal.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.plans.PlanDraft;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanWarning;
import pl.cus.portal.shared.InvalidInput.FieldError;

/** The period limits, the items and goals, and the warnings that do not stop a plan. */
class PlanRulesTests {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 10);
    private static final ServiceId A = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000001");
    private static final ServiceId B = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000002");
    private static final ServiceId C = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000003");
    private static final ServiceId D = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000004");
    private static final ServiceId E = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000005");
    private static final Set<ServiceId> OFFERED = Set.of(A, B, C, D, E);

    private static PlanDraft draft(LocalDate to, List<PlanItem> items, String goals) {
        return new PlanDraft(FROM, to, items, goals, null);
    }

    private static PlanItem item(ServiceId id) {
        return PlanItem.of(id, "Fundacja Razem", "ul. Słoneczna 5", "wtorki 16:00");
    }

    private static List<String> fields(PlanDraft draft) {
        return PlanRules.check(draft, OFFERED).stream().map(FieldError::field).toList();
    }

    @Test
    void thePeriodRunsThreeToTwelveMonthsWithBothEndsCounted() {
        List<PlanItem> items = List.of(item(A));
        // 10 January + 3 months − 1 day = 9 April: exactly three months.
        assertThat(fields(draft(LocalDate.of(2027, 4, 9), items, "cele"))).isEmpty();
        assertThat(fields(draft(LocalDate.of(2027, 4, 8), items, "cele"))).containsExactly("to");
        assertThat(fields(draft(LocalDate.of(2028, 1, 9), items, "cele"))).isEmpty();
        assertThat(fields(draft(LocalDate.of(2028, 1, 10), items, "cele"))).containsExactly("to");
        assertThat(fields(draft(FROM.minusDays(1), items, "cele"))).containsExactly("to");
        assertThat(fields(new PlanDraft(null, null, items, "cele", null))).containsExactly("from", "to");
        assertThat(PlanRules.check(draft(LocalDate.of(2027, 4, 8), items, "cele"), OFFERED)
                        .getFirst()
                        .message())
                .contains("at least 3 months")
                .contains("2027-04-09");
        assertThat(PlanRules.check(draft(LocalDate.of(2028, 1, 10), items, "cele"), OFFERED)
                        .getFirst()
                        .message())
                .contains("at most 12 months")
                .contains("2028-01-09");
    }

    @Test
    void everyItemNamesItsServiceProviderPlaceAndScheduleAndTheGoalsAreRequired() {
        LocalDate to = LocalDate.of(2027, 7, 9);
        assertThat(fields(draft(to, List.of(), "cele"))).containsExactly("items");
        var unknown = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000030");
        assertThat(fields(draft(to, List.of(item(A), PlanItem.of(unknown, " ", null, "co tydzień")), " ")))
                .containsExactly("items[1].serviceId", "items[1].provider", "items[1].place", "goals");
        assertThat(fields(draft(to, List.of(PlanItem.of(null, "x", "y", "z")), "cele")))
                .containsExactly("items[0].serviceId");
    }

    @Test
    void servicesThatExcludeEachOtherAndMoreThanFourAreWarningsNotErrors() {
        var items = List.of(item(A), item(B), item(C), item(D), item(E));
        assertThat(fields(draft(LocalDate.of(2027, 7, 9), items, "cele"))).isEmpty();
        // The catalogue may record the exclusion on one side only.
        var warnings = PlanRules.warnings(items, Map.of(B, Set.of(D)), Map.of(B, "Asystent", D, "Mieszkanie"));
        assertThat(warnings)
                .extracting(PlanWarning::code)
                .containsExactly(PlanWarning.EXCLUSIVE_SERVICES, PlanWarning.MORE_THAN_FOUR);
        assertThat(warnings.getFirst().services()).containsExactly(B, D);
        assertThat(warnings.getFirst().message()).contains("Asystent").contains("Mieszkanie");
        assertThat(PlanRules.warnings(List.of(item(A), item(B), item(C), item(D)), Map.of(), Map.of()))
                .isEmpty();
        // The same service twice (two providers) counts once.
        assertThat(PlanRules.warnings(List.of(item(A), item(A), item(B), item(C), item(D)), Map.of(), Map.of()))
                .isEmpty();
    }
}
