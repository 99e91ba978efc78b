package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.intake.Forwarding;

/** Intake's events as the tests of deadline tracking append them: intake's own records, with test values. */
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

    /** An assignment as a later module might append it: who holds the case and in which team, nothing else. */
    public static ApplicationAssigned assigned(UUID id, UUID coordinatorId, String team) {
        return new ApplicationAssigned(id, coordinatorId, team, null, false);
    }

    public static ApplicationForwarded forwarded(UUID id, LocalDate on) {
        return new ApplicationForwarded(id, on, Forwarding.Destination.CENTRE_TEAM);
    }
}
