package pl.cus.portal.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.CatalogueBrowser;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.intake.PlanSteps;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanAgreed;
import pl.cus.portal.plans.PlanApproved;
import pl.cus.portal.plans.PlanChangesRequested;
import pl.cus.portal.plans.PlanDraft;
import pl.cus.portal.plans.PlanId;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.plans.PlanVersionSaved;
import pl.cus.portal.plans.PlanWarning;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.plans.internal.PlanStore.PlanRow;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plans under the case access policy of intake: staff reach a case through {@link BackOfficeApplications#open} (which
 * logs the read), residents through {@link Applications#mine}. Every change locks the plan row and commits with its
 * event and, for agreement and the prepared moment, with intake's record of it (docs/decisions/0015).
 */
@Service
class PlanService implements Plans {

    private final PlanStore store;
    private final BackOfficeApplications backOffice;
    private final Applications applications;
    private final PlanSteps steps;
    private final Catalogue catalogue;
    private final CatalogueBrowser browser;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final Clock clock;

    PlanService(
            PlanStore store,
            BackOfficeApplications backOffice,
            Applications applications,
            PlanSteps steps,
            Catalogue catalogue,
            CatalogueBrowser browser,
            EventLog events,
            TransactionalOperator transactions,
            Clock clock) {
        this.store = store;
        this.backOffice = backOffice;
        this.applications = applications;
        this.steps = steps;
        this.catalogue = catalogue;
        this.browser = browser;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Mono<Plan> save(Actor coordinator, ApplicationId id, PlanDraft draft) {
        return Mono.defer(() -> {
            if (!coordinator.isStaff()) {
                return Mono.error(new DomainException.Forbidden("Only the coordinator of the case writes the plan."));
            }
            if (draft == null) {
                return Mono.error(InvalidInput.of(
                        "items", "plans.error.items-empty", "Send the plan: period, services and goals."));
            }
            return backOffice
                    .open(coordinator, id, "plan writing")
                    .flatMap(view -> writable(coordinator, view))
                    .then(offered(draft.items()))
                    .flatMap(offered -> {
                        var errors = PlanRules.check(draft, offered.keySet());
                        return errors.isEmpty()
                                ? write(coordinator, id, draft, offered)
                                : Mono.error(new InvalidInput(errors));
                    })
                    .then(current(id));
        });
    }

    static Mono<Void> writable(Actor actor, CaseView view) {
        if (!view.isFull()) {
            return Mono.error(new DomainException.NotFound(
                    "No application " + view.summary().id() + " found."));
        }
        var assignee = view.summary().assignee();
        boolean mayWrite =
                actor.has(Role.ORGANISER) || assignee != null && assignee.id().equals(actor.id());
        if (!mayWrite) {
            return Mono.error(new DomainException.Forbidden(
                    "Only the coordinator assigned to the case or the organiser writes the plan."));
        }
        if (!view.summary().status().isOpen()) {
            return Mono.error(new DomainException.Conflict(
                    "plans.error.closed", "The application is closed; no plan can be written."));
        }
        return Mono.empty();
    }

    private Mono<Map<ServiceId, ServiceSummary>> offered(List<PlanItem> items) {
        Set<ServiceId> ids = items.stream()
                .filter(item -> item != null && item.serviceId() != null)
                .map(PlanItem::serviceId)
                .collect(Collectors.toSet());
        return ids.isEmpty()
                ? Mono.just(Map.of())
                : catalogue.services(ids).collectMap(ServiceSummary::id, Function.identity());
    }

    private Mono<Void> write(Actor writer, ApplicationId id, PlanDraft draft, Map<ServiceId, ServiceSummary> offered) {
        Instant now = now();
        List<PlanItem> items = draft.items().stream()
                .map(item -> new PlanItem(
                        item.serviceId(),
                        offered.get(item.serviceId()).name(),
                        item.provider().strip(),
                        item.place().strip(),
                        item.schedule().strip()))
                .toList();
        String reason = draft.reason() == null || draft.reason().isBlank()
                ? null
                : draft.reason().strip();
        Function<Integer, PlanVersion> version = number -> new PlanVersion(
                number,
                draft.from(),
                draft.to(),
                items,
                draft.goals().strip(),
                reason,
                writer.displayName(),
                now,
                null,
                null);
        return store.lock(id)
                .flatMap(PlanService::open)
                .flatMap(plan -> store.version(plan.id(), plan.currentVersion()).flatMap(current -> {
                    if (!current.frozen()) {
                        return store.replaceVersion(plan.id(), version.apply(current.number()), writer.id())
                                .then(store.clearChangeRequest(plan.id()))
                                .then(events.append(new PlanVersionSaved(id.value(), current.number())));
                    }
                    if (reason == null) {
                        return Mono.error(
                                InvalidInput.of(
                                        "reason",
                                        "plans.error.reason-required",
                                        "The plan was already agreed or approved: say why it changes (a new version is made)."));
                    }
                    int next = current.number() + 1;
                    return store.insertVersion(plan.id(), version.apply(next), writer.id())
                            .then(store.setCurrent(plan.id(), next))
                            .then(events.append(new PlanVersionSaved(id.value(), next)));
                }))
                .switchIfEmpty(Mono.defer(() -> {
                    PlanId planId = new PlanId(UUID.randomUUID());
                    return store.insert(planId, id)
                            .then(store.insertVersion(planId, version.apply(1), writer.id()))
                            .then(events.append(new PlanVersionSaved(id.value(), 1)));
                }))
                .then()
                .as(transactions::transactional)
                .onErrorMap(
                        DataIntegrityViolationException.class,
                        e -> new DomainException.Conflict(
                                "plans.error.race",
                                "Someone saved the plan at the same moment; reload it and try again."));
    }

    @Override
    public Mono<Plan> current(Actor actor, ApplicationId id) {
        return readable(actor, id, "plan").then(current(id));
    }

    @Override
    public Flux<PlanVersion> versions(Actor actor, ApplicationId id) {
        return readable(actor, id, "plan versions").then(plan(id)).flatMapMany(plan -> store.versions(plan.id()));
    }

    /** Staff who see the case in full (the read is logged by intake), or the resident who owns it. */
    Mono<Void> readable(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> actor.isStaff()
                ? backOffice
                        .open(actor, id, purpose)
                        .flatMap(view -> view.isFull()
                                ? Mono.<Void>empty()
                                : Mono.error(new DomainException.NotFound("No application " + id + " found.")))
                : applications.mine(actor, id).then());
    }

    Mono<PlanRow> plan(ApplicationId id) {
        return store.find(id)
                .switchIfEmpty(Mono.error(
                        () -> new DomainException.NotFound("There is no plan for application " + id + " yet.")));
    }

    Mono<Plan> current(ApplicationId id) {
        return plan(id).flatMap(plan -> store.version(plan.id(), plan.currentVersion())
                .flatMap(version -> warnings(version.items())
                        .map(warnings -> new Plan(
                                plan.id(),
                                id,
                                version,
                                plan.preparedOn(),
                                plan.changeRequest(),
                                plan.changeRequestedAt(),
                                warnings,
                                plan.closure()))));
    }

    private Mono<List<PlanWarning>> warnings(List<PlanItem> items) {
        Set<ServiceId> ids =
                new LinkedHashSet<>(items.stream().map(PlanItem::serviceId).toList());
        return Flux.fromIterable(ids)
                .flatMap(browser::service)
                .collectMap(
                        details -> details.service().id(),
                        details -> details.service().excludes())
                .map(excludes -> PlanRules.warnings(
                        items,
                        excludes,
                        items.stream()
                                .filter(item -> item.serviceName() != null)
                                .collect(Collectors.toMap(PlanItem::serviceId, PlanItem::serviceName, (a, b) -> a))));
    }

    @Override
    public Mono<Plan> agree(Actor resident, ApplicationId id) {
        return applications
                .mine(resident, id)
                .then(store.lock(id).switchIfEmpty(plan(id)))
                .flatMap(PlanService::open)
                .flatMap(plan -> store.version(plan.id(), plan.currentVersion()).flatMap(current -> {
                    if (current.agreedOn() != null) {
                        return Mono.error(new DomainException.Conflict(
                                "plans.error.already-agreed", "You have already agreed to this plan."));
                    }
                    LocalDate today = today();
                    return store.agree(plan.id(), current.number(), today)
                            .then(store.clearChangeRequest(plan.id()))
                            .then(steps.planAgreed(resident, id, today))
                            .then(events.append(new PlanAgreed(id.value(), current.number(), today)))
                            .then(preparedIfComplete(
                                    resident, plan, current.number(), today, current.approvedOn() != null));
                }))
                .as(transactions::transactional)
                .then(current(id));
    }

    @Override
    public Mono<Plan> requestChanges(Actor resident, ApplicationId id, String message) {
        return Mono.defer(() -> {
            if (message == null || message.isBlank() || message.strip().length() > PlanRules.MAX_TEXT) {
                return Mono.error(InvalidInput.of(
                        "message",
                        "plans.error.message",
                        "Write what should change in the plan (1 to " + PlanRules.MAX_TEXT + " characters)."));
            }
            return applications
                    .mine(resident, id)
                    .then(store.lock(id).switchIfEmpty(plan(id)))
                    .flatMap(PlanService::open)
                    .flatMap(plan -> store.version(plan.id(), plan.currentVersion())
                            .flatMap(current -> current.agreedOn() != null
                                    ? Mono.error(
                                            new DomainException.Conflict(
                                                    "plans.error.already-agreed",
                                                    "You have already agreed to this plan; write to your coordinator about changes."))
                                    : store.requestChanges(plan.id(), message.strip(), now())
                                            .then(events.append(
                                                    new PlanChangesRequested(id.value(), current.number())))))
                    .as(transactions::transactional)
                    .then(current(id));
        });
    }

    @Override
    public Mono<Plan> approve(Actor director, ApplicationId id) {
        return Mono.defer(() -> {
            if (!director.has(Role.DIRECTOR)) {
                return Mono.error(new DomainException.Forbidden("Only the director approves plans."));
            }
            return backOffice
                    .open(director, id, "plan approval")
                    .then(store.lock(id).switchIfEmpty(plan(id)))
                    .flatMap(PlanService::open)
                    .flatMap(plan -> store.version(plan.id(), plan.currentVersion())
                            .flatMap(current -> {
                                if (current.approvedOn() != null) {
                                    return Mono.error(new DomainException.Conflict(
                                            "plans.error.already-approved", "This plan is already approved."));
                                }
                                LocalDate today = today();
                                return store.approve(plan.id(), current.number(), today, director.id())
                                        .then(events.append(new PlanApproved(id.value(), current.number(), today)))
                                        .then(preparedIfComplete(
                                                director, plan, current.number(), today, current.agreedOn() != null));
                            }))
                    .as(transactions::transactional)
                    .then(current(id));
        });
    }

    /** The plan row unless it is closed: a closed plan is read-only (docs/decisions/0019). */
    static Mono<PlanRow> open(PlanRow plan) {
        return plan.closed() ? Mono.error(closed()) : Mono.just(plan);
    }

    static DomainException.Conflict closed() {
        return new DomainException.Conflict(
                "plans.error.plan-closed", "The plan is closed after its summary; it can no longer change.");
    }

    /** The second of agreement and approval makes the plan prepared; only the first time counts for the deadline. */
    private Mono<Void> preparedIfComplete(Actor actor, PlanRow plan, int version, LocalDate today, boolean otherDone) {
        if (!otherDone || plan.preparedOn() != null) {
            return Mono.empty();
        }
        return store.prepared(plan.id(), today)
                .flatMap(first -> first
                        ? steps.planPrepared(actor, plan.applicationId(), today)
                                .then(events.append(
                                        new PlanPrepared(plan.applicationId().value(), today)))
                                .then()
                        : Mono.empty());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
