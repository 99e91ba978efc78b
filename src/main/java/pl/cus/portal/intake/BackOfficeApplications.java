package pl.cus.portal.intake;

import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/** Applications as staff open them. Every opening is recorded in the access log, which the resident can read. */
public interface BackOfficeApplications {

    /**
     * The application, for staff allowed to read it (for now any staff role; record-level access comes with triage).
     * The access is recorded before the application is returned. NotFound for unknown ids; Forbidden for non-staff.
     *
     * @param purpose why it is opened, shown to the resident in the access log
     */
    Mono<ApplicationView> open(Actor staff, ApplicationId id, String purpose);
}
