package pl.cus.portal.assistance.internal;

import java.time.YearMonth;
import java.util.UUID;
import pl.cus.portal.shared.DomainException;

/** How {@link Assistance} and its store refuse a change: the exception and its message key, each in one place. */
final class AssistanceRefusals {

    private AssistanceRefusals() {}

    /** The refusal of a second consent, also when two are recorded at once (the store's insert finds the row). */
    static DomainException consentRecorded() {
        return new DomainException.Conflict(
                "assistance.error.consent-recorded", "The family's consent is already recorded.");
    }

    /** The refusal of a change to a family whose consent is not recorded. */
    static DomainException noConsent() {
        return new DomainException.Conflict(
                "assistance.error.no-consent", "Record the family's written consent first: the work starts from it.");
    }

    /** The refusal of a change decided on a version someone else changed meanwhile. */
    static DomainException stale() {
        return new DomainException.Conflict(
                "assistance.error.race", "Someone saved at the same moment; reload and try again.");
    }

    static DomainException reportSubmitted(YearMonth month) {
        return new DomainException.Conflict(
                "assistance.error.report-submitted", "The report for " + month + " is already submitted.");
    }

    static DomainException ended() {
        return new DomainException.Conflict(
                "assistance.error.ended", "The assistance has ended; only monitoring notes are added.");
    }

    static DomainException notEnded() {
        return new DomainException.Conflict(
                "assistance.error.not-ended", "Monitoring follows the end of the assistance; end it first.");
    }

    static DomainException notZaZyciem() {
        return new DomainException.Conflict(
                "assistance.error.not-za-zyciem",
                "The support catalogue and authorisations belong to \"Za życiem\" families.");
    }

    static DomainException noAuthorisation(UUID authorisationId) {
        return new DomainException.NotFound("No authorisation " + authorisationId + " in this case.");
    }

    static DomainException revoked() {
        return new DomainException.Conflict("assistance.error.revoked", "The authorisation is already revoked.");
    }

    /** The case to read has no assistance: the consent is not recorded. */
    static DomainException notStarted(Object applicationId) {
        return new DomainException.NotFound(
                "The family's consent to cooperate is not recorded for application " + applicationId + " yet.");
    }
}
