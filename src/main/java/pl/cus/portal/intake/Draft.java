package pl.cus.portal.intake;

import java.time.Instant;

/** An unfinished application: the form as far as it is filled in and the step the resident was on. */
public record Draft(DraftId id, ApplicationForm form, int step, Instant updatedAt) {
}
