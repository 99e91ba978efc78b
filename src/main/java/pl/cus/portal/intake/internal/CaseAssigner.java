package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.Assignee;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;

/**
 * Assignments under {@link CasePolicy}, in one transaction: an advisory lock on the assignee, then the application
 * row, so that the workload count and the new assignment cannot interleave with another assignment to the same person
 * (docs/decisions/0013-record-level-access-and-assignment-locks.md). {@link Application#assign} decides the rest.
 */
@Component
class CaseAssigner {

    private final ApplicationStore store;
    private final ApplicationQueries queries;
    private final ApplicationChanges changes;
    private final IntakeAccess access;
    private final Accounts accounts;
    private final TransactionalOperator transactions;
    private final Clock clock;

    CaseAssigner(
            ApplicationStore store,
            ApplicationQueries queries,
            ApplicationChanges changes,
            IntakeAccess access,
            Accounts accounts,
            TransactionalOperator transactions,
            Clock clock) {
        this.store = store;
        this.queries = queries;
        this.changes = changes;
        this.access = access;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    Mono<Application> assign(Actor actor, ApplicationId id, Assignment assignment) {
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
            if (actor.has(Role.ORGANISER) && blank(assignment.reason())) {
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
                            assignLocked(actor, id, assignment, assignee).as(transactions::transactional));
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

    private Mono<Application> assignLocked(Actor actor, ApplicationId id, Assignment assignment, Assignee assignee) {
        // Lock order everywhere: assignee first, then the application row, so two assignments cannot deadlock.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return store.lockAssignee(assignee.id())
                .then(store.lock(id))
                .switchIfEmpty(Mono.error(() -> IntakeAccess.notFound(id)))
                .flatMap(app -> {
                    var change =
                            app.assign(assignee, actor.id(), assignment.reassign() && actor.has(Role.ORGANISER), now);
                    // "Ewa Kowalska → Piotr Wiśniewski (team): reason": names and the reason, readable in any language.
                    String what = (app.assigned() ? app.assigneeName() + " " : "") + "→ " + assignee.displayName()
                            + (assignee.team() == null ? "" : " (" + assignee.team() + ")")
                            + (blank(assignment.reason())
                                    ? ""
                                    : ": " + assignment.reason().strip());
                    AuditAction action = app.assigned() ? AuditAction.REASSIGNED : AuditAction.ASSIGNED;
                    return withinLimit(assignee, id, assignment.maxOpenCases())
                            .then(changes.record(change, now, null, actor, action, what));
                });
    }

    private Mono<Void> withinLimit(Assignee assignee, ApplicationId id, Integer maxOpenCases) {
        return maxOpenCases == null
                ? Mono.empty()
                : queries.openCasesOf(assignee.id(), id)
                        .flatMap(open -> open >= maxOpenCases
                                ? Mono.error(new DomainException.Conflict(
                                        "intake.error.workload-full",
                                        assignee.displayName() + " has " + open + " active families, the limit is "
                                                + maxOpenCases + "."))
                                : Mono.empty());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
