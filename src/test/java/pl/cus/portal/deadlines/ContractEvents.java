package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.shared.DomainEvent;

/**
 * Events other modules append, for tests. Intake's are its own records (so the contract is checked); the later
 * modules' are stand-ins with the agreed type names and fields (a record's simple name is its event type).
 */
public final class ContractEvents {

    private ContractEvents() {}

    public static ApplicationSubmitted submitted(UUID id, String kind, LocalDate submittedOn, LocalDate planDueDate) {
        return new ApplicationSubmitted(
                id,
                reference(id),
                ApplicationKind.valueOf(kind),
                UUID.fromString("00000000-0000-0000-0000-000000000101"),
                submittedOn,
                planDueDate,
                "Śródmieście",
                "pl",
                List.of());
    }

    public static ApplicationWithdrawn withdrawn(UUID id, LocalDate on) {
        return new ApplicationWithdrawn(id, on);
    }

    public static String reference(UUID id) {
        return "T/" + id.toString().substring(0, 8).toUpperCase();
    }

    public record ApplicationAssigned(UUID applicationId, UUID coordinatorId, String team) implements DomainEvent {
        @Override
        public UUID aggregateId() {
            return applicationId;
        }
    }

    public record ApplicationForwarded(UUID applicationId, LocalDate forwardedOn) implements DomainEvent {
        @Override
        public UUID aggregateId() {
            return applicationId;
        }
    }

    public record PlanPrepared(UUID applicationId, LocalDate preparedOn) implements DomainEvent {
        @Override
        public UUID aggregateId() {
            return applicationId;
        }
    }
}
