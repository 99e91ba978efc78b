package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseQuery;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.intake.internal.Application.Change;
import pl.cus.portal.intake.internal.CasePolicy.Sight;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.i18n.Messages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The back office's work on applications under {@link CasePolicy}. Every change is one R2DBC transaction: the row is
 * locked ({@code select … for update}), the {@link Application} decides the transition, and the change is saved
 * against its version with the status history, the audit entry and the events before commit ({@link
 * ApplicationChanges}). Assignments are {@link CaseAssigner}'s.
 */
@Service
class BackOfficeService implements BackOfficeApplications {

    static final int MAX_DESTINATION = 200;
    static final int MAX_TEXT = 4000;

    private final ApplicationStore store;
    private final ApplicationQueries queries;
    private final ApplicationChanges changes;
    private final CaseAssigner assigner;
    private final ApplicationViews views;
    private final IntakeAccess access;
    private final AuditTrail audit;
    private final TransactionalOperator transactions;
    private final Clock clock;

    BackOfficeService(
            ApplicationStore store,
            ApplicationQueries queries,
            ApplicationChanges changes,
            CaseAssigner assigner,
            ApplicationViews views,
            IntakeAccess access,
            AuditTrail audit,
            TransactionalOperator transactions,
            Clock clock) {
        this.store = store;
        this.queries = queries;
        this.changes = changes;
        this.assigner = assigner;
        this.views = views;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Flux<CaseSummary> list(Actor staff, CaseQuery query) {
        return Flux.defer(() -> {
            access.requireCaseReader(staff);
            UUID visibleTo = CasePolicy.seesAll(staff) ? null : staff.id();
            return queries.list(query == null ? CaseQuery.all() : query, visibleTo)
                    .map(views::summary);
        });
    }

    @Override
    public Mono<Long> count(Actor staff, CaseQuery query) {
        return Mono.defer(() -> {
            access.requireCaseReader(staff);
            UUID visibleTo = CasePolicy.seesAll(staff) ? null : staff.id();
            return queries.count(query == null ? CaseQuery.all() : query, visibleTo);
        });
    }

    @Override
    public Mono<Map<UUID, Long>> openCaseCounts(Actor staff) {
        return Mono.defer(() -> {
            if (!staff.isStaff()) {
                throw new DomainException.Forbidden("Only staff can do this.");
            }
            return queries.openCasesPerAssignee().collectMap(Map.Entry::getKey, Map.Entry::getValue);
        });
    }

    @Override
    public Mono<CaseView> open(Actor staff, ApplicationId id, String purpose) {
        // A full read is recorded before anything is returned: no read of a resident's application goes unlogged.
        return access.forStaff(staff, id, "application details")
                .flatMap(seen -> seen.sight() == Sight.FULL
                        ? audit.record(
                                        staff,
                                        AuditAction.READ,
                                        id.value(),
                                        seen.application().reference(),
                                        purpose)
                                .then(views.full(seen.application()))
                                .map(details -> new CaseView(views.summary(seen.application()), details))
                        : Mono.just(new CaseView(views.summary(seen.application()), null)));
    }

    @Override
    public Mono<CaseSummary> assign(Actor actor, ApplicationId id, Assignment assignment) {
        return assigner.assign(actor, id, assignment).map(views::summary);
    }

    @Override
    public Mono<CaseSummary> markAssessed(Actor actor, ApplicationId id) {
        return change(
                actor,
                id,
                "assessment",
                (app, now) -> changes.record(
                        app.assess(today(now)), now, null, actor, AuditAction.ASSESSED, "needs assessment recorded"));
    }

    @Override
    public Mono<CaseSummary> forward(Actor actor, ApplicationId id, Forwarding forwarding) {
        return Mono.defer(() -> {
            List<FieldError> errors = new ArrayList<>();
            String to = forwarding == null ? null : forwarding.destinationName();
            String reason = forwarding == null ? null : forwarding.reason();
            text(
                    errors,
                    "to",
                    to,
                    MAX_DESTINATION,
                    "intake.error.forward-to",
                    "Name the team, post or unit the application goes to");
            text(errors, "reason", reason, MAX_TEXT, "intake.error.forward-reason", "Say why it goes there");
            if (!errors.isEmpty()) {
                return Mono.error(new InvalidInput(errors));
            }
            var where = new Forwarding(
                    forwarding.destination() == null ? Forwarding.Destination.CENTRE_TEAM : forwarding.destination(),
                    to.strip(),
                    reason.strip());
            return change(actor, id, "forwarding", (app, now) -> {
                Change change = app.forward(where, actor.id(), today(now));
                String note = note(
                        app,
                        "intake.note.forwarded",
                        where.destinationName(),
                        Messages.get(
                                "intake.note.destination." + where.destination().name(), locale(app)),
                        where.reason());
                String why = "→ " + where.destinationName() + " ("
                        + where.destination().name() + "): " + where.reason();
                return changes.record(change, now, note, actor, AuditAction.FORWARDED, why);
            });
        });
    }

    @Override
    public Mono<CaseSummary> refuse(Actor actor, ApplicationId id, String justification, String appealInformation) {
        return Mono.defer(() -> {
            List<FieldError> errors = new ArrayList<>();
            text(
                    errors,
                    "justification",
                    justification,
                    MAX_TEXT,
                    "intake.error.refusal-justification",
                    "Give the justification: which qualification conditions are not met and why");
            text(
                    errors,
                    "appealInformation",
                    appealInformation,
                    MAX_TEXT,
                    "intake.error.refusal-appeal",
                    "Say how and where the resident can appeal, and by when");
            if (!errors.isEmpty()) {
                return Mono.error(new InvalidInput(errors));
            }
            String why = justification.strip();
            String appeal = appealInformation.strip();
            return change(actor, id, "refusal", (app, now) -> {
                Change change = app.refuse(why, appeal, actor.id(), today(now));
                String note = note(app, "intake.note.not-qualified", why, appeal);
                return changes.record(change, now, note, actor, AuditAction.NOT_QUALIFIED, why);
            });
        });
    }

    /**
     * A change by the assignee or the organiser: NotFound (logged) when the caller may not see the application,
     * Forbidden when they see it but may not act on it; the work runs on the locked row in one transaction.
     */
    private Mono<CaseSummary> change(
            Actor actor, ApplicationId id, String what, BiFunction<Application, Instant, Mono<Application>> work) {
        return Mono.defer(() -> {
            access.requireCaseReader(actor);
            return access.forStaff(actor, id, what)
                    .flatMap(seen -> CasePolicy.actsOn(actor, seen.application().assigneeId())
                            ? Mono.just(seen)
                            : Mono.error(new DomainException.Forbidden(
                                    "Only the assignee or the organiser can record the " + what + ".")))
                    .then(store.lock(id)
                            .switchIfEmpty(Mono.error(() -> IntakeAccess.notFound(id)))
                            // Checked again on the locked row: it may have been reassigned since it was read.
                            .flatMap(app -> CasePolicy.actsOn(actor, app.assigneeId())
                                    ? work.apply(app, clock.instant().truncatedTo(ChronoUnit.MICROS))
                                    : Mono.error(new DomainException.Conflict(
                                            "intake.error.reassigned",
                                            "The application was assigned to someone else meanwhile.")))
                            .as(transactions::transactional))
                    .map(views::summary);
        });
    }

    private static String note(Application app, String key, Object... parts) {
        return Messages.get(key, locale(app), parts);
    }

    /** Notes are written in the resident's preferred language: they are what the resident reads in the history. */
    private static Locale locale(Application app) {
        return Locale.forLanguageTag(app.language() == null ? "pl" : app.language());
    }

    private static void text(List<FieldError> errors, String field, String value, int max, String key, String what) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            errors.add(new FieldError(field, key, what + " (1 to " + max + " characters)."));
        }
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }
}
