package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.PlanSteps;
import pl.cus.portal.intake.internal.Application.Change;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Mono;

/**
 * Records the plan's milestones on the application and in the resident's history, in the caller's transaction: the
 * row is locked, the {@link Application} decides, the change is saved against its version. The plans module appends
 * the events.
 */
@Service
class PlanStepService implements PlanSteps {

    private final ApplicationStore store;
    private final ApplicationChanges changes;
    private final IntakeAccess access;
    private final Clock clock;

    PlanStepService(ApplicationStore store, ApplicationChanges changes, IntakeAccess access, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Mono<Void> planAgreed(Actor resident, ApplicationId id, LocalDate agreedOn) {
        return access.own(resident, id).then(step(id, app -> app.agreePlan(agreedOn)));
    }

    @Override
    public Mono<Void> planPrepared(Actor actor, ApplicationId id, LocalDate preparedOn) {
        Mono<Application> allowed = actor.isStaff() ? access.fullForStaff(actor, id, "plan") : access.own(actor, id);
        return allowed.then(step(id, app -> app.preparePlan(preparedOn)));
    }

    @Override
    public Mono<Void> planClosed(Actor staff, ApplicationId id, LocalDate closedOn) {
        return Mono.defer(() -> {
            if (!staff.isStaff()) {
                return Mono.error(new DomainException.Forbidden("Only the centre's staff close a plan."));
            }
            return access.fullForStaff(staff, id, "plan closure").then(step(id, app -> app.closePlan(closedOn)));
        });
    }

    private Mono<Void> step(ApplicationId id, Function<Application, Change> transition) {
        return Mono.defer(() -> store.lock(id)
                .switchIfEmpty(Mono.error(() -> IntakeAccess.notFound(id)))
                .flatMap(app ->
                        changes.save(transition.apply(app), clock.instant().truncatedTo(ChronoUnit.MICROS), null))
                .then());
    }
}
