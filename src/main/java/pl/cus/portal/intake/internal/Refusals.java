package pl.cus.portal.intake.internal;

import java.util.Locale;
import pl.cus.portal.shared.DomainException;

/** The refusals of an {@link Application}'s transitions, with the message keys the API and the views answer with. */
final class Refusals {

    private Refusals() {}

    /** For staff and the plans module: the application is no longer open. */
    static DomainException.Conflict closed(Application app) {
        return new DomainException.Conflict(
                "intake.error.closed", "The application is no longer open: it is " + words(app) + ".");
    }

    /** For the resident withdrawing: already withdrawn, or closed otherwise. */
    static DomainException.Conflict closedForResident(Application app) {
        return app.status() == pl.cus.portal.intake.ApplicationStatus.WITHDRAWN
                ? new DomainException.Conflict(
                        "intake.error.already-withdrawn", "The application is already withdrawn.")
                : new DomainException.Conflict(
                        "intake.error.closed", "The application is closed (" + words(app) + ").");
    }

    static DomainException.Conflict notWithdrawable() {
        return new DomainException.Conflict(
                "intake.error.not-withdrawable", "The application can no longer be withdrawn: its plan is agreed.");
    }

    static DomainException.Conflict alreadyAssigned(String assigneeName) {
        return new DomainException.Conflict(
                "intake.error.already-assigned", "The application is already assigned to " + assigneeName + ".");
    }

    static DomainException.Conflict alreadyAssessed() {
        return new DomainException.Conflict(
                "intake.error.already-assessed", "The needs assessment is already recorded.");
    }

    static DomainException.Conflict notAssigned() {
        return new DomainException.Conflict(
                "intake.error.not-assigned", "Assign the application before the needs assessment.");
    }

    static DomainException.Conflict planAgreed() {
        return new DomainException.Conflict(
                "intake.error.plan-agreed",
                "The resident has agreed to a plan; the application can no longer be forwarded or refused.");
    }

    static DomainException.Conflict planNotPrepared() {
        return new DomainException.Conflict(
                "intake.error.plan-not-prepared", "The plan is not prepared yet; only a prepared plan can be closed.");
    }

    /** A save that lost the race with another change of the same application (its version moved on). */
    static DomainException.Conflict changedMeanwhile() {
        return new DomainException.Conflict(
                "intake.error.changed", "The application changed meanwhile; reload it and try again.");
    }

    private static String words(Application app) {
        return app.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
