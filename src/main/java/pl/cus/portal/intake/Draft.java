package pl.cus.portal.intake;

import java.time.Instant;

/**
 * An unfinished application: the form as far as it is filled in and the step the resident was on. A draft not changed
 * for the configured time is deleted at {@code removedAfter} (see docs/operations.md). A draft stored before its kind
 * was required, or with a kind no longer known, has a form whose {@code kind} is null: it can be deleted, not resumed.
 */
public record Draft(DraftId id, ApplicationForm form, int step, Instant updatedAt, Instant removedAfter) {}
