package pl.cus.portal.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.StoredEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract with intake's events, checked against intake's own records as the event log serialises them: if
 * intake renames a field the deadlines module reads, this fails.
 */
class ApplicationFactTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID ID = UUID.randomUUID();

    private static StoredEvent stored(DomainEvent event) {
        return new StoredEvent(1, Instant.now(), event.type(), event.aggregateId(), JSON.writeValueAsString(event));
    }

    @Test
    void readsIntakesSubmissionByFieldName() {
        var event = new ApplicationSubmitted(
                ID,
                "W/2027/000042",
                ApplicationKind.values()[0],
                UUID.randomUUID(),
                LocalDate.of(2027, 1, 30),
                LocalDate.of(2027, 3, 1),
                "Śródmieście",
                "pl",
                List.of(UUID.randomUUID()));
        assertThat(ApplicationFact.of(stored(event), JSON))
                .contains(new ApplicationFact.Submitted(
                        ID,
                        "W/2027/000042",
                        ApplicationKind.values()[0].name(),
                        LocalDate.of(2027, 1, 30),
                        LocalDate.of(2027, 3, 1)));
    }

    @Test
    void intakesKindsAreTheOnesTheBoardNames() {
        assertThat(java.util.Arrays.stream(ApplicationKind.values()).map(Enum::name))
                .containsExactlyInAnyOrder("IPUS", "ZA_ZYCIEM");
    }

    @Test
    void readsIntakesWithdrawal() {
        var event = new ApplicationWithdrawn(ID, LocalDate.of(2027, 2, 3));
        assertThat(ApplicationFact.of(stored(event), JSON))
                .contains(new ApplicationFact.Withdrawn(ID, LocalDate.of(2027, 2, 3)));
    }

    @Test
    void readsIntakesForwardingAndRefusal() {
        var forwarded = new ApplicationForwarded(ID, LocalDate.of(2027, 2, 4), Forwarding.Destination.MUNICIPAL_OFFICE);
        assertThat(ApplicationFact.of(stored(forwarded), JSON))
                .contains(new ApplicationFact.Forwarded(ID, LocalDate.of(2027, 2, 4)));
        var refused = new ApplicationNotQualified(ID, LocalDate.of(2027, 2, 5));
        assertThat(ApplicationFact.of(stored(refused), JSON))
                .contains(new ApplicationFact.NotQualified(ID, LocalDate.of(2027, 2, 5)));
    }

    @Test
    void readsTheLaterModulesEventsByTypeName() {
        UUID coordinator = UUID.randomUUID();
        assertThat(ApplicationFact.of(
                        new StoredEvent(
                                1,
                                Instant.now(),
                                "ApplicationAssigned",
                                ID,
                                "{\"applicationId\":\"" + ID + "\",\"coordinatorId\":\"" + coordinator
                                        + "\",\"team\":\"IPUS 1\"}"),
                        JSON))
                .contains(new ApplicationFact.Assigned(ID, coordinator, "IPUS 1"));
        assertThat(ApplicationFact.of(
                        new StoredEvent(
                                1,
                                Instant.now(),
                                "PlanPrepared",
                                ID,
                                "{\"applicationId\":\"" + ID + "\",\"preparedOn\":\"2027-02-20\",\"extra\":1}"),
                        JSON))
                .contains(new ApplicationFact.PlanPrepared(ID, LocalDate.of(2027, 2, 20)));
        assertThat(ApplicationFact.of(
                        new StoredEvent(
                                1,
                                Instant.now(),
                                "ApplicationForwarded",
                                ID,
                                "{\"applicationId\":\"" + ID + "\",\"forwardedOn\":\"2027-02-21\"}"),
                        JSON))
                .contains(new ApplicationFact.Forwarded(ID, LocalDate.of(2027, 2, 21)));
    }

    @Test
    void skipsOtherTypesAndPayloadsThatBreakTheContract() {
        assertThat(ApplicationFact.of(new StoredEvent(1, Instant.now(), "AccountRegistered", ID, "{}"), JSON))
                .isEmpty();
        assertThat(ApplicationFact.of(
                        new StoredEvent(1, Instant.now(), "PlanPrepared", ID, "{\"applicationId\":\"" + ID + "\"}"),
                        JSON))
                .isEmpty();
        assertThat(ApplicationFact.of(
                        new StoredEvent(
                                1,
                                Instant.now(),
                                "PlanPrepared",
                                ID,
                                "{\"applicationId\":\"not-a-uuid\",\"preparedOn\":\"2027-02-20\"}"),
                        JSON))
                .isEmpty();
        assertThat(ApplicationFact.of(
                        new StoredEvent(
                                1,
                                Instant.now(),
                                "ApplicationWithdrawn",
                                ID,
                                "{\"applicationId\":\"" + ID + "\",\"withdrawnOn\":\"2027-02-30\"}"),
                        JSON))
                .isEmpty();
    }
}
