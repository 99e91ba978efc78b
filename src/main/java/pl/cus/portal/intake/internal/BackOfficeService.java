package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.intake.ApplicationAssessed;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Assignee;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseQuery;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.intake.internal.CasePolicy.Sight;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.i18n.Messages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The back office's work on applications under {@link CasePolicy}. Every change is one R2DBC transaction: the row is
 * locked ({@code select … for update}), checked, updated against its version, and the status history, the audit entry
 * and the event are written before commit. Assignments also take an advisory lock on the assignee, so that the
 * workload count and the new assignment cannot interleave with another assignment to the same person
 * (docs/decisions/0013-record-level-access-and-assignment-locks.md).
 */
@Service
class BackOfficeService implements BackOfficeApplications {

    static final int MAX_DESTINATION = 200;
    static final int MAX_TEXT = 4000;

    private final ApplicationStore store;
    private final ApplicationViews views;
    private final IntakeAccess access;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final Clock clock;

    BackOfficeService(
            ApplicationStore store,
            ApplicationViews views,
            IntakeAccess access,
            Accounts accounts,
            AuditTrail audit,
            EventLog events,
            TransactionalOperator transactions,
            Clock clock) {
        this.store = store;
        this.views = views;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Flux<CaseSummary> list(Actor staff, CaseQuery query) {
        return Flux.defer(() -> {
            access.requireCaseReader(staff);
            UUID visibleTo = CasePolicy.seesAll(staff) ? null : staff.id();
            return store.list(query == null ? CaseQuery.all() : query, visibleTo)
                    .map(views::summary);
        });
    }

    @Override
    public Mono<Long> count(Actor staff, CaseQuery query) {
        return Mono.defer(() -> {
            access.requireCaseReader(staff);
            UUID visibleTo = CasePolicy.seesAll(staff) ? null : staff.id();
            return store.count(query == null ? CaseQuery.all() : query, visibleTo);
        });
    }

    @Override
    public Mono<java.util.Map<UUID, Long>> openCaseCounts(Actor staff) {
        return Mono.defer(() -> {
            if (!staff.isStaff()) {
                throw new pl.cus.portal.shared.DomainException.Forbidden("Only staff can do this.");
            }
            return store.openCasesPerAssignee().collectMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue);
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
                                .map(details -> CasePolicy.caseView(staff, views.summary(seen.application()), details))
                        : Mono.just(CasePolicy.caseView(staff, views.summary(seen.application()), null)));
    }

    @Override
    public Mono<CaseSummary> assign(Actor actor, ApplicationId id, Assignment assignment) {
        return Mono.defer(() -> {
            access.requireCaseReader(actor);
            if (assignment == null || assignment.assigneeId() == null) {
                return Mono.error(InvalidInput.of(
                        "assignee", "intake.error.assignee-missing", "Choose who takes the application."));
            }
            if (!CasePolicy.mayAssign(actor, assignment.assigneeId())) {
                return Mono.error(new DomainException.Forbidden(
                        CasePolicy.takesCases(actor)
                                ? "You can take an unassigned application for yourself; the organiser assigns it to others."
                                : "Only the organiser assigns applications."));
            }
            boolean organiser = actor.has(Role.ORGANISER);
            if (organiser && blank(assignment.reason())) {
                return Mono.error(InvalidInput.of(
                        "reason", "intake.error.assignment-reason", "Say why this person takes the application."));
            }
            if (assignment.maxOpenCases() != null && assignment.maxOpenCases() < 0) {
                return Mono.error(InvalidInput.of(
                        "maxOpenCases", "intake.error.workload-limit", "The workload limit cannot be negative."));
            }
            return access.forStaff(actor, id, "assignment")
                    .flatMap(seen -> accounts.findById(assignment.assigneeId())
                            .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                                    "assignee",
                                    "intake.error.assignee-unknown",
                                    "There is no member of staff " + assignment.assigneeId() + ".")))
                            .map(account ->
                                    checkedAssignee(account, seen.application().kind(), assignment.team())))
                    .flatMap(assignee ->
                            assignLocked(actor, id, assignment, assignee).as(transactions::transactional))
                    .map(views::summary);
        });
    }

    /** IPUS needs a coordinator; "Za życiem" a family assistant or a coordinator (art. 30 ustawy o CUS). */
    private static Assignee checkedAssignee(Account account, ApplicationKind kind, String team) {
        boolean fits = kind == ApplicationKind.IPUS
                ? account.roles().contains(Role.COORDINATOR)
                : account.roles().contains(Role.FAMILY_ASSISTANT)
                        || account.roles().contains(Role.COORDINATOR);
        if (!fits) {
            throw InvalidInput.of(
                    "assignee",
                    "intake.error.assignee-role",
                    account.displayName() + " cannot take "
                            + (kind == ApplicationKind.IPUS
                                    ? "an IPUS application: it needs a coordinator."
                                    : "a \"Za życiem\" application: it needs a family assistant or a coordinator."));
        }
        return new Assignee(account.id(), account.username(), account.displayName(), blank(team) ? null : team.strip());
    }

    private Mono<StoredApplication> assignLocked(
            Actor actor, ApplicationId id, Assignment assignment, Assignee assignee) {
        // Lock order everywhere: assignee first, then the application row, so two assignments cannot deadlock.
        return store.lockAssignee(assignee.id())
                .then(store.lock(id))
                .switchIfEmpty(Mono.error(() -> IntakeAccess.notFound(id)))
                .flatMap(app -> {
                    if (!app.status().isOpen()) {
                        return Mono.error(closed(app));
                    }
                    if (app.assigned() && !(assignment.reassign() && actor.has(Role.ORGANISER))) {
                        return Mono.error(new DomainException.Conflict(
                                "intake.error.already-assigned",
                                "The application is already assigned to " + app.assigneeName() + "."));
                    }
                    if (app.assignedTo(assignee.id())) {
                        return Mono.error(new DomainException.Conflict(
                                "intake.error.already-assigned",
                                "The application is already assigned to " + app.assigneeName() + "."));
                    }
                    Mono<Void> withinLimit = assignment.maxOpenCases() == null
                            ? Mono.empty()
                            : store.openCasesOf(assignee.id(), id)
                                    .flatMap(open -> open >= assignment.maxOpenCases()
                                            ? Mono.error(new DomainException.Conflict(
                                                    "intake.error.workload-full",
                                                    assignee.displayName() + " has " + open
                                                            + " active families, the limit is "
                                                            + assignment.maxOpenCases() + "."))
                                            : Mono.empty());
                    boolean reassigned = app.assigned();
                    ApplicationStatus status =
                            app.status() == ApplicationStatus.SUBMITTED ? ApplicationStatus.ASSIGNED : app.status();
                    Instant now = now();
                    // "Ewa Kowalska → Piotr Wiśniewski (team): reason": names and the reason, readable in any language.
                    String what = (reassigned ? app.assigneeName() + " " : "") + "→ " + assignee.displayName()
                            + (assignee.team() == null ? "" : " (" + assignee.team() + ")")
                            + (blank(assignment.reason())
                                    ? ""
                                    : ": " + assignment.reason().strip());
                    return withinLimit
                            .then(store.assign(app, assignee, status, now))
                            .flatMap(done -> done ? Mono.<Void>empty() : Mono.error(changedMeanwhile()))
                            .then(status != app.status() ? store.addStatus(id, status, now) : Mono.empty())
                            .then(audit.record(
                                    actor,
                                    reassigned ? AuditAction.REASSIGNED : AuditAction.ASSIGNED,
                                    id.value(),
                                    app.reference(),
                                    truncate(what)))
                            .then(events.append(new ApplicationAssigned(
                                    id.value(), assignee.id(), assignee.team(), actor.id(), reassigned)))
                            .then(store.find(id));
                });
    }

    @Override
    public Mono<CaseSummary> markAssessed(Actor actor, ApplicationId id) {
        return change(actor, id, "assessment", app -> {
            if (app.status() != ApplicationStatus.ASSIGNED) {
                return Mono.error(
                        app.status() == ApplicationStatus.ASSESSED
                                ? new DomainException.Conflict(
                                        "intake.error.already-assessed", "The needs assessment is already recorded.")
                                : app.status() == ApplicationStatus.SUBMITTED
                                        ? new DomainException.Conflict(
                                                "intake.error.not-assigned",
                                                "Assign the application before the needs assessment.")
                                        : closed(app));
            }
            Instant now = now();
            return store.changeStatus(app, ApplicationStatus.ASSESSED)
                    .flatMap(done -> done ? Mono.<Void>empty() : Mono.error(changedMeanwhile()))
                    .then(store.addStatus(id, ApplicationStatus.ASSESSED, now))
                    .then(audit.record(
                            actor, AuditAction.ASSESSED, id.value(), app.reference(), "needs assessment recorded"))
                    .then(events.append(new ApplicationAssessed(id.value(), today(now))))
                    .then();
        });
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
            return change(
                    actor,
                    id,
                    "forwarding",
                    app -> closeAs(
                            actor,
                            app,
                            ApplicationStatus.FORWARDED,
                            where,
                            where.reason(),
                            null,
                            note(
                                    app,
                                    "intake.note.forwarded",
                                    where.destinationName(),
                                    Messages.get(
                                            "intake.note.destination."
                                                    + where.destination().name(),
                                            locale(app)),
                                    where.reason()),
                            AuditAction.FORWARDED,
                            "→ " + where.destinationName() + " ("
                                    + where.destination().name() + "): " + where.reason(),
                            today -> new ApplicationForwarded(id.value(), today, where.destination())));
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
            return change(
                    actor,
                    id,
                    "refusal",
                    app -> closeAs(
                            actor,
                            app,
                            ApplicationStatus.NOT_QUALIFIED,
                            null,
                            why,
                            appeal,
                            note(app, "intake.note.not-qualified", why, appeal),
                            AuditAction.NOT_QUALIFIED,
                            why,
                            today -> new ApplicationNotQualified(id.value(), today)));
        });
    }

    private Mono<Void> closeAs(
            Actor actor,
            StoredApplication app,
            ApplicationStatus status,
            Forwarding forwarding,
            String reason,
            String appeal,
            String note,
            AuditAction action,
            String auditReason,
            java.util.function.Function<LocalDate, pl.cus.portal.shared.DomainEvent> event) {
        if (!app.status().isOpen()) {
            return Mono.error(closed(app));
        }
        if (app.planAgreedOn() != null) {
            return Mono.error(new DomainException.Conflict(
                    "intake.error.plan-agreed",
                    "The resident has agreed to a plan; the application can no longer be forwarded or refused."));
        }
        Instant now = now();
        LocalDate today = today(now);
        return store.close(app, status, today, actor.id(), forwarding, reason, appeal)
                .flatMap(done -> done ? Mono.<Void>empty() : Mono.error(changedMeanwhile()))
                .then(store.addStatus(app.id(), status, now, note))
                .then(audit.record(actor, action, app.id().value(), app.reference(), truncate(auditReason)))
                .then(events.append(event.apply(today)))
                .then();
    }

    /**
     * A change by the assignee or the organiser: NotFound (logged) when the caller may not see the application,
     * Forbidden when they see it but may not act on it; the work runs on the locked row in one transaction.
     */
    private Mono<CaseSummary> change(
            Actor actor,
            ApplicationId id,
            String what,
            java.util.function.Function<StoredApplication, Mono<Void>> work) {
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
                                    ? work.apply(app).then(store.find(id))
                                    : Mono.error(new DomainException.Conflict(
                                            "intake.error.reassigned",
                                            "The application was assigned to someone else meanwhile.")))
                            .as(transactions::transactional))
                    .map(views::summary);
        });
    }

    private static String note(StoredApplication app, String key, Object... parts) {
        return Messages.get(key, locale(app), parts);
    }

    /** Notes are written in the resident's preferred language: they are what the resident reads in the history. */
    private static Locale locale(StoredApplication app) {
        return Locale.forLanguageTag(app.language() == null ? "pl" : app.language());
    }

    private static void text(List<FieldError> errors, String field, String value, int max, String key, String what) {
        if (blank(value) || value.strip().length() > max) {
            errors.add(new FieldError(field, key, what + " (1 to " + max + " characters)."));
        }
    }

    static DomainException.Conflict closed(StoredApplication app) {
        return new DomainException.Conflict(
                "intake.error.closed",
                "The application is no longer open: it is "
                        + app.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
    }

    private static DomainException.Conflict changedMeanwhile() {
        return new DomainException.Conflict(
                "intake.error.changed", "The application changed meanwhile; reload it and try again.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String truncate(String text) {
        return text.length() <= 900 ? text : text.substring(0, 900) + "…";
    }
}
