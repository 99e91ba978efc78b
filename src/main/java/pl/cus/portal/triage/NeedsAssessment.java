package pl.cus.portal.triage;

import java.time.Instant;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationId;

/**
 * One recorded version of an application's needs assessment. Corrections add a version; none is overwritten.
 *
 * @param version 1 for the first record of the application, then 2, 3, …
 */
public record NeedsAssessment(
        UUID id,
        ApplicationId applicationId,
        int version,
        AssessmentForm form,
        UUID recordedBy,
        String recordedByName,
        Instant recordedAt) {}
