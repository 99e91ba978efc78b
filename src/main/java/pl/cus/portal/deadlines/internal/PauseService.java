package pl.cus.portal.deadlines.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.DeadlinePause;
import pl.cus.portal.deadlines.DeadlinePaused;
import pl.cus.portal.deadlines.DeadlinePauses;
import pl.cus.portal.deadlines.DeadlineResumed;
import pl.cus.portal.deadlines.PauseReason;
import pl.cus.portal.deadlines.PausedDays;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.CaseAccess;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Pauses beside the deadline: the row is locked while one starts or ends, and the due date is never written. Who may
 * start, end and read them is the case access policy's answer ({@link CaseAccess}, docs/access-policy.md), asked
 * before the transaction so that a refusal stays recorded.
 */
@Service
class PauseService implements DeadlinePauses {

    static final int MAX_NOTE = 200;
    static final String PAUSE = "deadline pause";
    static final String RESUME = "deadline resumption";
    static final String READ = "deadline pauses and notes";

    private final TrackedDeadlineStore deadlines;
    private final PauseStore pauses;
    private final EventLog events;
    private final Deadlines calendar;
    private final TransactionalOperator transactions;
    private final CaseAccess cases;

    PauseService(
            TrackedDeadlineStore deadlines,
            PauseStore pauses,
            EventLog events,
            Deadlines calendar,
            TransactionalOperator transactions,
            CaseAccess cases) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.pauses = pauses;
        this.events = events;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    @Override
    public Mono<DeadlinePause> pause(Actor actor, UUID applicationId, PauseReason reason, String note) {
        return Mono.defer(() -> {
            StaffPolicy.requireStaff(actor);
            String cleanNote = note == null || note.isBlank() ? null : note.strip();
            if (reason == null) {
                return Mono.error(InvalidInput.of(
                        "reason", "deadlines.pause.error.reason-missing", "Choose why the centre is waiting."));
            }
            if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
                return Mono.error(InvalidInput.of(
                        "note",
                        "deadlines.pause.error.note-too-long",
                        "The note may have at most " + MAX_NOTE + " characters."));
            }
            LocalDate today = calendar.today();
            return cases.act(actor, applicationId, PAUSE)
                    .then(tracked(applicationId)
                            .flatMap(row -> {
                                if (row.finished()) {
                                    return Mono.error(new DomainException.Conflict(
                                            "deadlines.pause.error.not-open",
                                            "The deadline is no longer open, so there is nothing to pause."));
                                }
                                if (row.paused()) {
                                    return Mono.error(new DomainException.Conflict(
                                            "deadlines.pause.error.already-paused",
                                            "The deadline is already paused; end that pause first."));
                                }
                                var pause = new DeadlinePause(
                                        UUID.randomUUID(), applicationId, reason, cleanNote, today, null);
                                return pauses.insert(pause, actor.id())
                                        .flatMap(saved -> deadlines
                                                .setPaused(applicationId, true)
                                                .then(events.append(
                                                        new DeadlinePaused(applicationId, saved.id(), reason, today)))
                                                .thenReturn(saved));
                            })
                            .as(transactions::transactional));
        });
    }

    @Override
    public Mono<DeadlinePause> resume(Actor actor, UUID applicationId) {
        return Mono.defer(() -> {
            StaffPolicy.requireStaff(actor);
            LocalDate today = calendar.today();
            return cases.act(actor, applicationId, RESUME)
                    .then(tracked(applicationId)
                            .then(pauses.open(applicationId))
                            .switchIfEmpty(Mono.error(() -> new DomainException.Conflict(
                                    "deadlines.pause.error.not-paused", "The deadline is not paused.")))
                            .flatMap(open -> {
                                LocalDate end = today.isBefore(open.startedOn()) ? open.startedOn() : today;
                                var ended = new DeadlinePause(
                                        open.id(), applicationId, open.reason(), open.note(), open.startedOn(), end);
                                return pauses.end(open.id(), end, actor.id())
                                        .then(deadlines.setPaused(applicationId, false))
                                        .then(events.append(
                                                new DeadlineResumed(applicationId, open.id(), end, ended.days(end))))
                                        .thenReturn(ended);
                            })
                            .as(transactions::transactional));
        });
    }

    @Override
    public Flux<DeadlinePause> pauses(Actor actor, UUID applicationId) {
        return Mono.fromCallable(() -> StaffPolicy.requireStaff(actor))
                .then(cases.read(actor, applicationId, READ))
                .then(deadlines.stateOf(applicationId))
                .switchIfEmpty(Mono.error(() -> notTracked(applicationId)))
                .thenMany(Flux.defer(() -> pauses.of(applicationId)));
    }

    @Override
    public Mono<CaseAccess.Rights> rights(Actor actor, UUID applicationId) {
        return actor == null || !actor.isStaff()
                ? Mono.just(CaseAccess.Rights.none())
                : cases.rights(actor, applicationId);
    }

    @Override
    public Flux<PausedDays> report(Actor actor) {
        return Mono.fromCallable(() -> StaffPolicy.requireCaseReader(actor))
                .thenMany(Flux.defer(() -> pauses.report(calendar.today())));
    }

    private Mono<Tracked> tracked(UUID applicationId) {
        return deadlines.findForUpdate(applicationId).switchIfEmpty(Mono.error(() -> notTracked(applicationId)));
    }

    private static DomainException notTracked(UUID applicationId) {
        return new DomainException.NotFound("No tracked deadline for application " + applicationId);
    }
}
