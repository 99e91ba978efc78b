package pl.cus.portal.intake;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands, as the resident reads it (texts under {@code intake.status.*} in plain words). The
 * plans module adds the plan's own steps. The sets below are the one definition of "open", "before a plan" and the
 * outcomes: the application's transitions ({@code intake.internal.Application}) and reporting's SQL both use them.
 */
public enum ApplicationStatus {
    SUBMITTED,
    /** A coordinator (or, for "Za życiem", a family assistant) has taken the application. */
    ASSIGNED,
    /** The needs-assessment conversation (art. 37) is recorded. */
    ASSESSED,
    /** Handed to another team or post, the municipal office or another municipal unit (art. 38). */
    FORWARDED,
    /** The programme's qualification conditions are not met; the justification and appeal information are recorded. */
    NOT_QUALIFIED,
    WITHDRAWN,
    /** The resident agreed to the plan; it waits for the director's approval. Withdrawal is no longer possible. */
    PLAN_AGREED,
    /** The plan is agreed and approved: prepared in the sense of art. 40. The case stays open while the plan runs. */
    PLAN_PREPARED,
    /**
     * The plan ran to its end (or was interrupted) and is closed with the summary conversation and the description of
     * its course and results (art. 45). The case is no longer open.
     */
    CLOSED;

    /** Still in the centre's hands: before a plan, or while the plan is agreed or running. */
    public static final Set<ApplicationStatus> OPEN =
            Collections.unmodifiableSet(EnumSet.of(SUBMITTED, ASSIGNED, ASSESSED, PLAN_AGREED, PLAN_PREPARED));

    /** Open and no plan agreed yet: the resident's agreement moves these to {@link #PLAN_AGREED}. */
    public static final Set<ApplicationStatus> BEFORE_PLAN =
            Collections.unmodifiableSet(EnumSet.of(SUBMITTED, ASSIGNED, ASSESSED));

    /** A plan is agreed (and possibly approved): open, no longer withdrawable, forwarded or refused. */
    public static final Set<ApplicationStatus> PLAN_AGREED_OR_PREPARED =
            Collections.unmodifiableSet(EnumSet.of(PLAN_AGREED, PLAN_PREPARED));

    /** Closed by the centre's decision before a plan: forwarded elsewhere (art. 38) or not qualified. */
    public static final Set<ApplicationStatus> DECIDED =
            Collections.unmodifiableSet(EnumSet.of(FORWARDED, NOT_QUALIFIED));

    /** Ended before a plan, by the centre's decision or the resident's withdrawal; the day is {@code closed_on}. */
    public static final Set<ApplicationStatus> ENDED_BEFORE_PLAN =
            Collections.unmodifiableSet(EnumSet.of(FORWARDED, NOT_QUALIFIED, WITHDRAWN));

    /** Still in the centre's hands: before a plan, or while the plan is agreed or running. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The names of the statuses, in declaration order: for SQL array parameters ({@code status = any(:open)}). */
    public static String[] names(Set<ApplicationStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }
}
