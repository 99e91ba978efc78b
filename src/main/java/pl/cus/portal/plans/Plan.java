package pl.cus.portal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pl.cus.portal.intake.ApplicationId;

/**
 * An application's plan as it stands: its current version and where agreement and approval are.
 *
 * @param preparedOn         the day the plan first counted as prepared (agreed and approved), or {@code null}
 * @param changeRequest      the resident's latest request for changes to the current version, or {@code null}
 * @param warnings           what the coordinator should look at again in the current version
 * @param closure            how the plan was closed, or {@code null} while it runs
 */
public record Plan(
        PlanId id,
        ApplicationId applicationId,
        PlanVersion current,
        LocalDate preparedOn,
        String changeRequest,
        Instant changeRequestedAt,
        List<PlanWarning> warnings,
        PlanClosure closure) {

    public Plan {
        warnings = List.copyOf(warnings);
    }

    /** The current version is agreed by the resident. */
    public boolean agreed() {
        return current.agreed();
    }

    /** The current version is approved by the director. */
    public boolean approved() {
        return current.approved();
    }

    /** Closed after its summary: read-only from then on. */
    public boolean closed() {
        return closure != null;
    }

    /** Prepared (agreed and approved once) and not closed: monitoring, renewal and closure apply. */
    public boolean inForce() {
        return preparedOn != null && closure == null;
    }

    /** In force with its current version agreed and approved: a further period can be added. */
    public boolean renewable() {
        return inForce() && agreed() && approved();
    }

    /** The same plan with what the coordinator should look at again. */
    public Plan withWarnings(List<PlanWarning> warnings) {
        return new Plan(id, applicationId, current, preparedOn, changeRequest, changeRequestedAt, warnings, closure);
    }
}
