package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.cus.portal.intake.IntakeFixtures.ANNA;
import static pl.cus.portal.intake.IntakeFixtures.DYREKTOR;
import static pl.cus.portal.intake.IntakeFixtures.EWA;
import static pl.cus.portal.intake.IntakeFixtures.JAN;
import static pl.cus.portal.intake.IntakeFixtures.MARTA;
import static pl.cus.portal.intake.IntakeFixtures.PIOTR;
import static pl.cus.portal.intake.IntakeFixtures.ipus;
import static pl.cus.portal.intake.IntakeFixtures.key;
import static pl.cus.portal.intake.IntakeFixtures.submit;
import static pl.cus.portal.intake.IntakeFixtures.zaZyciem;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditEntry;
import pl.cus.portal.audit.AuditQuery;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Who may assign to whom, the state rules, and the locks: racing assignments and workload limits. */
class AssignmentTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    Applications applications;

    @Autowired
    AuditTrail audit;

    @Autowired
    DatabaseClient db;

    private ApplicationId submitted(String user, Map<String, Object> body) {
        JsonNode created = submit(clientAs(user), key(), body)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return ApplicationId.of(created.get("id").stringValue());
    }

    private ApplicationId ipusApplication() {
        return submitted("anna", ipus("przydział " + UUID.randomUUID()));
    }

    private ApplicationId zaZyciemApplication() {
        return submitted("olena", zaZyciem("wsparcie " + UUID.randomUUID()));
    }

    private CaseSummary assign(Actor actor, ApplicationId id, Actor to, String reason, boolean reassign, Integer max) {
        return backOffice
                .assign(actor, id, new Assignment(to.id(), "Zespół Za życiem", reason, reassign, max))
                .block(WAIT);
    }

    private static Assignment to(Actor assignee, String reason) {
        return new Assignment(assignee.id(), "Zespół IPUS", reason, false, null);
    }

    @Test
    void theOrganiserAssignsWithAReasonAndTheChangeIsRecorded() {
        ApplicationId id = ipusApplication();
        assertThatThrownBy(() -> backOffice.assign(JAN, id, to(EWA, " ")).block(WAIT))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .contains("reason"));

        CaseSummary summary =
                backOffice.assign(JAN, id, to(EWA, "Ewa zna tę dzielnicę")).block(WAIT);
        assertThat(summary.status()).isEqualTo(ApplicationStatus.ASSIGNED);
        assertThat(summary.assignee()).isEqualTo(new Assignee(EWA.id(), "ewa", "Ewa Kowalska", "Zespół IPUS"));
        assertThat(summary.version()).isPositive();

        assertThat(events(id, "ApplicationAssigned")).singleElement().satisfies(payload -> {
            assertThat(payload)
                    .contains(
                            "\"coordinatorId\": \"" + EWA.id() + "\"",
                            "\"assignedBy\": \"" + JAN.id() + "\"",
                            "\"reassigned\": false");
            assertThat(payload).doesNotContain("Ewa zna");
        });
        assertThat(audit.browse(JAN, AuditQuery.forRecord(id.value()))
                        .collectList()
                        .block(WAIT))
                .filteredOn(entry -> entry.action() == AuditAction.ASSIGNED)
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorUsername()).isEqualTo("jan");
                    assertThat(entry.purpose()).contains("Ewa Kowalska", "Ewa zna tę dzielnicę");
                });
        // The resident sees the step in plain words; the history says nothing about who or why.
        assertThat(applications.mine(ANNA, id).block(WAIT).history())
                .extracting(StatusChange::status)
                .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.ASSIGNED);
    }

    @Test
    void openCaseCountsFollowAssignmentsAndAreForStaffOnly() {
        ApplicationId id = ipusApplication();
        long before = backOffice.openCaseCounts(EWA).block(WAIT).getOrDefault(PIOTR.id(), 0L);

        backOffice.assign(JAN, id, to(PIOTR, "Piotr ma czas")).block(WAIT);

        // Any staff role may ask (counts carry no case contents), also a coordinator about a colleague.
        assertThat(backOffice.openCaseCounts(EWA).block(WAIT)).containsEntry(PIOTR.id(), before + 1);
        assertThatThrownBy(() -> backOffice.openCaseCounts(ANNA).block(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void aCoordinatorTakesAnUnassignedApplicationForThemselvesOnly() {
        ApplicationId id = ipusApplication();
        assertThatThrownBy(() -> backOffice.assign(EWA, id, to(PIOTR, null)).block(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> backOffice.assign(DYREKTOR, id, to(EWA, "x")).block(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);

        CaseSummary taken = backOffice.assign(EWA, id, to(EWA, null)).block(WAIT);
        assertThat(taken.assignee().username()).isEqualTo("ewa");
        assertThat(audit.browse(JAN, new AuditQuery(id.value(), null, "ewa", AuditAction.ASSIGNED, null, null, null))
                        .collectList()
                        .block(WAIT))
                .singleElement()
                .extracting(AuditEntry::purpose)
                .isEqualTo("→ Ewa Kowalska (Zespół IPUS)");

        // Piotr cannot take it from her: for him it no longer exists.
        assertThatThrownBy(() -> backOffice.assign(PIOTR, id, to(PIOTR, null)).block(WAIT))
                .isInstanceOf(DomainException.NotFound.class);
        // Nor can she take it twice, or move it on herself.
        assertThatThrownBy(() -> backOffice
                        .assign(EWA, id, new Assignment(EWA.id(), null, null, true, null))
                        .block(WAIT))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void theAssigneeMustExistAndHoldARoleThatFitsTheKind() {
        ApplicationId ipus = ipusApplication();
        assertThatThrownBy(() -> backOffice
                        .assign(JAN, ipus, to(MARTA, "asystentka ma czas"))
                        .block(WAIT))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("assignee");
                            assertThat(error.messageKey()).isEqualTo("intake.error.assignee-role");
                        }));
        assertThatThrownBy(() -> backOffice
                        .assign(JAN, ipus, new Assignment(UUID.randomUUID(), null, "x", false, null))
                        .block(WAIT))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(error ->
                                        assertThat(error.messageKey()).isEqualTo("intake.error.assignee-unknown")));
        assertThatThrownBy(() -> backOffice
                        .assign(JAN, ipus, to(IntakeFixtures.ADMIN, "x"))
                        .block(WAIT))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> backOffice
                        .assign(JAN, ipus, new Assignment(null, null, "x", false, null))
                        .block(WAIT))
                .isInstanceOf(InvalidInput.class);

        ApplicationId zaZyciem = zaZyciemApplication();
        assertThat(assign(JAN, zaZyciem, MARTA, "asystentka rodziny", false, null)
                        .assignee()
                        .username())
                .isEqualTo("marta");
        ApplicationId zaZyciem2 = zaZyciemApplication();
        assertThat(assign(JAN, zaZyciem2, PIOTR, "koordynator też może", false, null)
                        .assignee()
                        .username())
                .isEqualTo("piotr");
    }

    @Test
    void closedOrAlreadyAssignedApplicationsAreConflictsAndReassigningKeepsTheStage() {
        ApplicationId withdrawn = ipusApplication();
        applications.withdraw(ANNA, withdrawn).block(WAIT);
        assertThatThrownBy(() -> backOffice.assign(JAN, withdrawn, to(EWA, "x")).block(WAIT))
                .isInstanceOfSatisfying(
                        DomainException.Conflict.class,
                        e -> assertThat(e.messageKey()).isEqualTo("intake.error.closed"));

        ApplicationId id = ipusApplication();
        backOffice.assign(JAN, id, to(EWA, "pierwszy przydział")).block(WAIT);
        assertThatThrownBy(() ->
                        backOffice.assign(JAN, id, to(PIOTR, "drugi ekran")).block(WAIT))
                .isInstanceOfSatisfying(DomainException.Conflict.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("intake.error.already-assigned");
                    assertThat(e.getMessage()).contains("Ewa Kowalska");
                });
        backOffice.markAssessed(EWA, id).block(WAIT);

        CaseSummary moved = backOffice
                .assign(JAN, id, new Assignment(PIOTR.id(), "Zespół IPUS", "urlop Ewy", true, null))
                .block(WAIT);
        assertThat(moved.status()).isEqualTo(ApplicationStatus.ASSESSED);
        assertThat(moved.assignee().username()).isEqualTo("piotr");
        assertThat(events(id, "ApplicationAssigned"))
                .hasSize(2)
                .last()
                .asString()
                .contains("\"reassigned\": true");
        assertThat(audit.browse(JAN, new AuditQuery(id.value(), null, null, AuditAction.REASSIGNED, null, null, null))
                        .collectList()
                        .block(WAIT))
                .singleElement()
                .extracting(AuditEntry::purpose)
                .asString()
                .contains("Ewa Kowalska", "Piotr Wiśniewski", "urlop Ewy");
        // Ewa lost it with the reassignment.
        assertThatThrownBy(() -> backOffice.open(EWA, id, "x").block(WAIT))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void racingOrganisersEndWithExactlyOneAssignee() {
        ApplicationId id = ipusApplication();
        List<Actor> candidates = List.of(EWA, PIOTR);
        List<String> outcomes = Flux.range(0, 10)
                .flatMap(
                        i -> backOffice
                                .assign(JAN, id, to(candidates.get(i % 2), "wyścig " + i))
                                .map(summary -> "assigned:" + summary.assignee().username())
                                .onErrorResume(DomainException.Conflict.class, conflict -> Mono.just("conflict")),
                        10)
                .collectList()
                .block(WAIT);
        assertThat(outcomes).hasSize(10);
        assertThat(outcomes).filteredOn(o -> o.startsWith("assigned:")).hasSize(1);
        assertThat(outcomes).filteredOn("conflict"::equals).hasSize(9);
        String winner = outcomes.stream()
                .filter(o -> o.startsWith("assigned:"))
                .findFirst()
                .orElseThrow()
                .substring("assigned:".length());
        assertThat(backOffice
                        .open(JAN, id, "check")
                        .block(WAIT)
                        .summary()
                        .assignee()
                        .username())
                .isEqualTo(winner);
        assertThat(events(id, "ApplicationAssigned")).hasSize(1);
    }

    @Test
    void theWorkloadLimitRefusesTheNextCase() {
        long open = openCasesOf(MARTA);
        int limit = (int) open + 2;
        ApplicationId first = zaZyciemApplication();
        ApplicationId second = zaZyciemApplication();
        ApplicationId third = zaZyciemApplication();
        assign(JAN, first, MARTA, "limit", false, limit);
        assign(JAN, second, MARTA, "limit", false, limit);
        assertThatThrownBy(() -> assign(JAN, third, MARTA, "limit", false, limit))
                .isInstanceOfSatisfying(DomainException.Conflict.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("intake.error.workload-full");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "Marta Zielińska has " + limit + " active families, the limit is " + limit + ".");
                });
        // A closed case frees a place.
        applications.withdraw(IntakeFixtures.OLENA, first).block(WAIT);
        assertThat(assign(JAN, third, MARTA, "limit", false, limit).assignee().username())
                .isEqualTo("marta");
    }

    @Test
    void parallelAssignmentsToOnePersonNeverPassTheLimit() {
        long open = openCasesOf(MARTA);
        int limit = (int) open + 3;
        List<ApplicationId> ids = Flux.range(0, 10)
                .concatMap(i -> Mono.fromCallable(this::zaZyciemApplication)
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .collectList()
                .block(WAIT);
        List<String> outcomes = Flux.fromIterable(ids)
                .flatMap(
                        id -> backOffice
                                .assign(
                                        JAN,
                                        id,
                                        new Assignment(MARTA.id(), "Zespół Za życiem", "równoległe", false, limit))
                                .map(summary -> "assigned")
                                .onErrorResume(
                                        DomainException.Conflict.class, conflict -> Mono.just(conflict.messageKey())),
                        10)
                .collectList()
                .block(WAIT);
        assertThat(outcomes).filteredOn("assigned"::equals).hasSize(3);
        assertThat(outcomes).filteredOn("intake.error.workload-full"::equals).hasSize(7);
        assertThat(openCasesOf(MARTA)).isEqualTo(limit);
    }

    private long openCasesOf(Actor assignee) {
        return backOffice
                .list(
                        JAN,
                        new CaseQuery(
                                EnumSet.of(ApplicationStatus.ASSIGNED, ApplicationStatus.ASSESSED),
                                null,
                                assignee.id(),
                                null,
                                null,
                                null,
                                null))
                .count()
                .block(WAIT);
    }

    private List<String> events(ApplicationId id, String type) {
        return db.sql("select payload::text as p from event_log where aggregate_id = :id and type = :type order by seq")
                .bind("id", id.value())
                .bind("type", type)
                .map(row -> row.get("p", String.class))
                .all()
                .collectList()
                .block(WAIT);
    }
}
