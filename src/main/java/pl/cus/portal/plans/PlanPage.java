package pl.cus.portal.plans;

import java.util.List;
import pl.cus.portal.intake.CaseSummary;

/**
 * The back-office plan page of one case, read with one access check (one read in the audit log): the case, its plan
 * if one was written, the versions, the meetings, the monitoring notes and what the viewer may do.
 *
 * @param plan     {@code null} while no plan was written
 * @param versions every version, oldest first; empty without a plan
 * @param meetings the case's meetings, latest first
 * @param notes    monitoring notes, latest first; empty without a plan
 */
public record PlanPage(
        CaseSummary summary,
        Plan plan,
        List<PlanVersion> versions,
        List<PlanMeeting> meetings,
        List<MonitoringNote> notes,
        PlanCapabilities may) {

    public PlanPage {
        versions = List.copyOf(versions);
        meetings = List.copyOf(meetings);
        notes = List.copyOf(notes);
    }

    public boolean hasPlan() {
        return plan != null;
    }
}
