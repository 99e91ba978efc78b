package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.PlanSteps;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Mono;

/** Records the plan's milestones on the application row and in the resident's history. */
@Service
class PlanStepService implements PlanSteps {

    private final ApplicationStore store;
    private final IntakeAccess access;
    private final Clock clock;

    PlanStepService(ApplicationStore store, IntakeAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Mono<Void> planAgreed(Actor resident, ApplicationId id, LocalDate agreedOn) {
        return access.own(resident, id)
                .flatMap(app -> store.planAgreed(id, agreedOn)
                        .flatMap(done -> !done
                                ? Mono.error(BackOfficeService.closed(app))
                                : app.status() == ApplicationStatus.PLAN_AGREED
                                                || app.status() == ApplicationStatus.PLAN_PREPARED
                                        ? Mono.<Void>empty()
                                        : store.addStatus(
                                                id,
                                                ApplicationStatus.PLAN_AGREED,
                                                clock.instant().truncatedTo(ChronoUnit.MICROS))));
    }

    @Override
    public Mono<Void> planPrepared(Actor actor, ApplicationId id, LocalDate preparedOn) {
        Mono<StoredApplication> allowed =
                actor.isStaff() ? access.fullForStaff(actor, id, "plan") : access.own(actor, id);
        return allowed.flatMap(app -> {
            if (app.planPreparedOn() != null) {
                return Mono.<Void>empty();
            }
            if (!app.status().isOpen()) {
                return Mono.error(BackOfficeService.closed(app));
            }
            return store.planPrepared(id, preparedOn)
                    .flatMap(done -> done
                            ? store.addStatus(
                                    id,
                                    ApplicationStatus.PLAN_PREPARED,
                                    clock.instant().truncatedTo(ChronoUnit.MICROS))
                            : Mono.error(new DomainException.Conflict(
                                    "intake.error.changed",
                                    "The application changed meanwhile; reload it and try again.")));
        });
    }

    @Override
    public Mono<Void> planClosed(Actor staff, ApplicationId id, LocalDate closedOn) {
        return Mono.defer(() -> {
            if (!staff.isStaff()) {
                return Mono.error(new DomainException.Forbidden("Only the centre's staff close a plan."));
            }
            return access.fullForStaff(staff, id, "plan closure").flatMap(app -> {
                if (!app.status().isOpen()) {
                    return Mono.error(BackOfficeService.closed(app));
                }
                if (app.planPreparedOn() == null) {
                    return Mono.error(new DomainException.Conflict(
                            "intake.error.plan-not-prepared",
                            "The plan is not prepared yet; only a prepared plan can be closed."));
                }
                return store.planClosed(id, closedOn)
                        .flatMap(done -> done
                                ? store.addStatus(
                                        id,
                                        ApplicationStatus.CLOSED,
                                        clock.instant().truncatedTo(ChronoUnit.MICROS))
                                : Mono.error(new DomainException.Conflict(
                                        "intake.error.changed",
                                        "The application changed meanwhile; reload it and try again.")));
            });
        });
    }
}
