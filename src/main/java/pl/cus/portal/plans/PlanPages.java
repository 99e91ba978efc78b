package pl.cus.portal.plans;

import java.util.UUID;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/**
 * What the back-office plan pages show, each read with one access check, so that one page records one read in the
 * audit log. The readers are those of {@link Plans} among staff: NotFound when the case is not seen in full,
 * Forbidden for residents.
 */
public interface PlanPages {

    /** The plan page of a case, with what the viewer may do ({@link PlanCapabilities}). */
    Mono<PlanPage> page(Actor staff, ApplicationId id);

    /** One meeting for the printable agreements page; NotFound for a meeting of another case. */
    Mono<MeetingSheet> meetingSheet(Actor staff, ApplicationId id, UUID meetingId);
}
