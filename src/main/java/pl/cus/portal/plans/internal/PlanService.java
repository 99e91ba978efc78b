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
import pl.cus.portal.intake.PlanSteps;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanAgreed;
import pl.cus.portal.plans.PlanClosed;
import pl.cus.portal.plans.PlanDraft;
import pl.cus.portal.plans.PlanId;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.plans.PlanWarning;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plans under {@link PlanAccess}: each change loads the {@link IndividualPlan}, lets it decide, and saves it with its
 * events and, for agreement and the prepared moment, intake's record of them, in one transaction
 * (docs/decisions/0015). A concurrent change of the same plan fails the optimistic check and is a Conflict.
 */
@Service
class PlanService implements Plans {

    private static final String NOT_STAFF = "Only the coordinator of the case writes the plan.";

    private final PlanStore store;
    private final PlanAccess access;
    private final PlanSteps steps;
    private final Catalogue catalogue;
    private final CatalogueBrowser browser;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final Clock clock;

    PlanService(
            PlanStore store,
            PlanAccess access,
            PlanSteps steps,
            Catalogue catalogue,
            CatalogueBrowser browser,
            EventLog events,
            TransactionalOperator transactions,
            Clock clock) {
        this.store = store;
        this.access = access;
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
                return Mono.error(new DomainException.Forbidden(NOT_STAFF));
            }
            if (draft == null) {
                return Mono.error(InvalidInput.of(
                        "items", "plans.error.items-empty", "Send the plan: period, services and goals."));
            }
            return access.writable(coordinator, id, "plan writing", NOT_STAFF)
                    .then(offered(draft.items()))
                    .flatMap(offered -> {
                        var errors = PlanRules.check(draft, offered.keySet());
                        return errors.isEmpty()
                                ? write(coordinator, id, content(coordinator, draft, offered))
                                : Mono.error(new InvalidInput(errors));
                    })
                    .then(current(id));
        });
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

    private IndividualPlan.Content content(Actor writer, PlanDraft draft, Map<ServiceId, ServiceSummary> offered) {
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
        return new IndividualPlan.Content(
                draft.from(), draft.to(), items, draft.goals().strip(), reason, writer.displayName(), now());
    }

    private Mono<Void> write(Actor writer, ApplicationId id, IndividualPlan.Content content) {
        return store.find(id)
                .flatMap(plan -> saved(writer, plan, plan.write(content, writer.id())))
                .switchIfEmpty(Mono.defer(() -> {
                    var plan = IndividualPlan.start(new PlanId(UUID.randomUUID()), id, content, writer.id());
                    return saved(writer, plan, plan.started());
                }))
                .then()
                .as(transactions::transactional)
                .onErrorMap(
                        DataIntegrityViolationException.class,
                        e -> new DomainException.Conflict(
                                "plans.error.race",
                                "Someone saved the plan at the same moment; reload it and try again."));
    }

    /**
     * Saves the plan after a transition, then records its events in order, each with intake's record of it where
     * intake follows the plan (agreement, the prepared moment, the closure). Emits once done.
     */
    Mono<Boolean> saved(Actor actor, IndividualPlan plan, List<DomainEvent> changes) {
        return store.save(plan)
                .thenMany(Flux.fromIterable(changes))
                .concatMap(event ->
                        intake(actor, plan.state().applicationId(), event).then(events.append(event)))
                .then(Mono.just(true));
    }

    private Mono<Void> intake(Actor actor, ApplicationId id, DomainEvent event) {
        return switch (event) {
            case PlanAgreed agreed -> steps.planAgreed(actor, id, agreed.agreedOn());
            case PlanPrepared prepared -> steps.planPrepared(actor, id, prepared.preparedOn());
            case PlanClosed closed -> steps.planClosed(actor, id, closed.closedOn());
            default -> Mono.empty();
        };
    }

    @Override
    public Mono<Plan> current(Actor actor, ApplicationId id) {
        return access.readable(actor, id, "plan").then(current(id));
    }

    @Override
    public Flux<PlanVersion> versions(Actor actor, ApplicationId id) {
        return access.readable(actor, id, "plan versions")
                .then(plan(id))
                .flatMapMany(plan -> store.versions(plan.id()));
    }

    /** The plan, or NotFound while none was written. */
    Mono<IndividualPlan> plan(ApplicationId id) {
        return store.find(id)
                .switchIfEmpty(Mono.error(
                        () -> new DomainException.NotFound("There is no plan for application " + id + " yet.")));
    }

    /** The plan as it stands with its warnings, or NotFound. */
    Mono<Plan> current(ApplicationId id) {
        return plan(id).flatMap(this::withWarnings);
    }

    Mono<Plan> withWarnings(IndividualPlan plan) {
        Plan state = plan.state();
        return warnings(state.current().items()).map(state::withWarnings);
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
        return access.owner(resident, id)
                .then(plan(id))
                .flatMap(plan -> saved(resident, plan, plan.agree(today())))
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
            return access.owner(resident, id)
                    .then(plan(id))
                    .flatMap(plan -> saved(resident, plan, plan.requestChanges(message.strip(), now())))
                    .as(transactions::transactional)
                    .then(current(id));
        });
    }

    @Override
    public Mono<Plan> approve(Actor director, ApplicationId id) {
        return access.director(director, id, "plan approval")
                .then(plan(id))
                .flatMap(plan -> saved(director, plan, plan.approve(today(), director.id())))
                .as(transactions::transactional)
                .then(current(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
