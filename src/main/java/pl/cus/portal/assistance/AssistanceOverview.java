package pl.cus.portal.assistance;

import java.util.List;
import pl.cus.portal.intake.ApplicationId;

/**
 * The family-assistance page as one member of staff reads it, opened with one logged read: the assistance (or
 * {@code null} before the consent), its time limits, and what the reader may do.
 *
 * @param mayWrite   the reader is the family assistant the open application is assigned to
 * @param assistance {@code null} until the consent is recorded
 */
public record AssistanceOverview(
        ApplicationId applicationId,
        String reference,
        boolean mayWrite,
        AssistanceCase assistance,
        List<TimeLimit> timeLimits) {

    public AssistanceOverview {
        timeLimits = List.copyOf(timeLimits);
    }

    public boolean started() {
        return assistance != null;
    }

    /** The reader may record the consent: they write and it is not recorded yet. */
    public boolean mayRecordConsent() {
        return mayWrite && assistance == null;
    }

    /** The reader may change the running assistance: card, work plan, visits, assessments, catalogue, the end. */
    public boolean mayChangeRunning() {
        return mayWrite && assistance != null && assistance.active();
    }

    /** The reader may add monitoring notes: they write and the assistance has ended. */
    public boolean mayAddMonitoringNotes() {
        return mayWrite && assistance != null && !assistance.active();
    }
}
