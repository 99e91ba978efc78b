package pl.cus.portal.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.deadlines.DeadlineEvents;
import pl.cus.portal.identity.IdentityEvents;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.intake.IntakeEvents;
import pl.cus.portal.plans.PlanEvents;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventTypes;
import pl.cus.portal.shared.StoredEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other modules' events as the tracking receives them: their own records, read back from the log as it
 * serialises them. If intake or plans change a record the tracking reads, this fails to compile or fails here.
 */
class TrackedFactsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventTypes TYPES = new EventTypes(
            List.of(new IntakeEvents(), new PlanEvents(), new DeadlineEvents(), new IdentityEvents()), JSON);
    private static final UUID ID = UUID.randomUUID();

    private static StoredEvent stored(DomainEvent event) {
        return new StoredEvent(1, Instant.now(), event.type(), event.aggregateId(), JSON.writeValueAsString(event));
    }

    private static StoredEvent stored(String type, String payload) {
        return new StoredEvent(1, Instant.now(), type, ID, payload);
    }

    @Test
    void readsIntakesSubmission() {
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
        assertThat(TrackedFacts.of(stored(event), TYPES)).contains(event);
    }

    @Test
    void intakesKindsAreTheOnesTheBoardNames() {
        assertThat(java.util.Arrays.stream(ApplicationKind.values()).map(Enum::name))
                .containsExactlyInAnyOrder("IPUS", "ZA_ZYCIEM");
    }

    @Test
    void readsIntakesWithdrawal() {
        var event = new ApplicationWithdrawn(ID, LocalDate.of(2027, 2, 3));
        assertThat(TrackedFacts.of(stored(event), TYPES)).contains(event);
    }

    @Test
    void readsIntakesForwardingAndRefusal() {
        var forwarded = new ApplicationForwarded(ID, LocalDate.of(2027, 2, 4), Forwarding.Destination.MUNICIPAL_OFFICE);
        assertThat(TrackedFacts.of(stored(forwarded), TYPES)).contains(forwarded);
        var refused = new ApplicationNotQualified(ID, LocalDate.of(2027, 2, 5));
        assertThat(TrackedFacts.of(stored(refused), TYPES)).contains(refused);
    }

    @Test
    void readsTheLaterModulesEventsWithOnlyTheFieldsTheTrackingNeeds() {
        UUID coordinator = UUID.randomUUID();
        assertThat(TrackedFacts.of(
                        stored(
                                "ApplicationAssigned",
                                "{\"applicationId\":\"" + ID + "\",\"coordinatorId\":\"" + coordinator
                                        + "\",\"team\":\"IPUS 1\"}"),
                        TYPES))
                .contains(new ApplicationAssigned(ID, coordinator, "IPUS 1", null, false));
        assertThat(TrackedFacts.of(
                        stored(
                                "PlanPrepared",
                                "{\"applicationId\":\"" + ID + "\",\"preparedOn\":\"2027-02-20\",\"extra\":1}"),
                        TYPES))
                .contains(new PlanPrepared(ID, LocalDate.of(2027, 2, 20)));
        assertThat(TrackedFacts.of(
                        stored(
                                "ApplicationForwarded",
                                "{\"applicationId\":\"" + ID + "\",\"forwardedOn\":\"2027-02-21\"}"),
                        TYPES))
                .contains(new ApplicationForwarded(ID, LocalDate.of(2027, 2, 21), null));
    }

    @Test
    void skipsOtherTypesAndPayloadsThatBreakTheContract() {
        assertThat(TrackedFacts.of(stored("AccountRegistered", "{}"), TYPES)).isEmpty();
        assertThat(TrackedFacts.of(stored("PlanPrepared", "{\"applicationId\":\"" + ID + "\"}"), TYPES))
                .isEmpty();
        assertThat(TrackedFacts.of(
                        stored("PlanPrepared", "{\"applicationId\":\"not-a-uuid\",\"preparedOn\":\"2027-02-20\"}"),
                        TYPES))
                .isEmpty();
        assertThat(TrackedFacts.of(
                        stored(
                                "ApplicationWithdrawn",
                                "{\"applicationId\":\"" + ID + "\",\"withdrawnOn\":\"2027-02-30\"}"),
                        TYPES))
                .isEmpty();
        assertThat(TrackedFacts.of(
                        stored("ApplicationSubmitted", "{\"applicationId\":\"" + ID + "\",\"kind\":\"IPUS\"}"), TYPES))
                .isEmpty();
        assertThat(TrackedFacts.of(stored("ApplicationAssigned", "{\"coordinatorId\":\"" + ID + "\"}"), TYPES))
                .isEmpty();
    }
}
