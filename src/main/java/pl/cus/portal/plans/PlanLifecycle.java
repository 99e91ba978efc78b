package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The plan's life after it is written (docs/decisions/0019): multi-professional meetings, monitoring, renewal for a
 * further period and closure with the summary (art. 45). Writers are those of {@link Plans}: the coordinator assigned
 * to the case and the organiser; staff who do not see the case in full get NotFound, other staff and residents
 * Forbidden. Readers are the plan's readers; residents read only the agreements of meetings. Once the plan is closed
 * every write is a Conflict.
 */
public interface PlanLifecycle {

    /**
     * Records a meeting of the case (a plan need not exist yet: the first meeting comes before the plan is written).
     * InvalidInput without participants, with an incomplete participant or agreement, a meeting day in the future or
     * a next meeting not after it. Appends {@link PlanMeetingRecorded}.
     */
    Mono<PlanMeeting> recordMeeting(Actor writer, ApplicationId id, MeetingRecord record);

    /** The case's meetings, latest first, in full: staff who read the plan (Forbidden for residents). */
    Flux<PlanMeeting> meetings(Actor staff, ApplicationId id);

    /** One meeting in full, for the printable agreements page; NotFound for a meeting of another case. */
    Mono<PlanMeeting> meeting(Actor staff, ApplicationId id, UUID meetingId);

    /** What every participant receives from each meeting, latest first: the plan's readers, the owning resident included. */
    Flux<MeetingAgreements> agreements(Actor actor, ApplicationId id);

    /**
     * A monitoring note; only once the plan is prepared (Conflict before). {@code notedOn} {@code null} means today;
     * InvalidInput for a day in the future or an empty text. Appends {@link PlanMonitoringNoted}.
     */
    Mono<MonitoringNote> note(Actor writer, ApplicationId id, LocalDate notedOn, String text);

    /** Monitoring notes, latest first, for staff who read the plan. */
    Flux<MonitoringNote> notes(Actor staff, ApplicationId id);

    /**
     * Renews a plan in force (prepared, current version agreed and approved; Conflict otherwise) with a new version
     * from the day after the current end, 3 to 12 months, reason required. The new version needs the resident's
     * agreement and the director's approval again; the application's deadline state does not change.
     */
    Mono<Plan> renew(Actor writer, ApplicationId id, PlanRenewal renewal);

    /**
     * Closes a prepared plan (Conflict before or when already closed) with the summary and the outcome; the reason is
     * required when interrupted. The application is closed with it. Appends {@link PlanClosed}.
     */
    Mono<Plan> close(Actor writer, ApplicationId id, ClosureRecord closure);
}
