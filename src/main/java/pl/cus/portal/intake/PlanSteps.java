package pl.cus.portal.intake;

import java.time.LocalDate;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/**
 * What the plans module tells intake about an application's plan, so that the resident's and the back office's views
 * of the application (status, deadline state, withdrawal) follow the plan without intake depending on plans. Both
 * calls join the caller's transaction; the plans module decides when they happen and appends the events.
 */
public interface PlanSteps {

    /**
     * The resident agreed to the plan: the application can no longer be withdrawn. Only the resident who owns it
     * (NotFound otherwise); Conflict when it is no longer open.
     */
    Mono<Void> planAgreed(Actor resident, ApplicationId id, LocalDate agreedOn);

    /**
     * The plan is prepared (agreed and approved, art. 40): the deadline state becomes MET or MET_LATE. Recorded once;
     * later calls leave the first date. By the owning resident or staff who may see the application in full.
     */
    Mono<Void> planPrepared(Actor actor, ApplicationId id, LocalDate preparedOn);

    /**
     * The plan is closed after its summary (art. 45): the application gets status {@code CLOSED} and its closing day.
     * Only once a plan is prepared (Conflict before, or when the application is no longer open); by staff who may see
     * the application in full (NotFound or Forbidden otherwise). The deadline state stays MET or MET_LATE.
     */
    Mono<Void> planClosed(Actor staff, ApplicationId id, LocalDate closedOn);
}
