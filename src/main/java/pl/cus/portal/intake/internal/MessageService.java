package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationMessage;
import pl.cus.portal.intake.ApplicationMessageSent;
import pl.cus.portal.intake.ApplicationMessages;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The thread of an application. Reading follows {@link IntakeAccess#readable} (staff reads are logged); staff write
 * when they may act on the application ({@link CasePolicy#actsOn}). Every message records {@code ApplicationMessageSent}
 * (and a staff message an audit entry) in the same transaction; notifications tells the other side.
 */
@Service
class MessageService implements ApplicationMessages {

    private final DatabaseClient db;
    private final IntakeAccess access;
    private final EventLog events;
    private final AuditTrail audit;
    private final TransactionalOperator transactions;
    private final Clock clock;

    MessageService(
            DatabaseClient db,
            IntakeAccess access,
            EventLog events,
            AuditTrail audit,
            TransactionalOperator transactions,
            Clock clock) {
        this.db = db;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Flux<ApplicationMessage> thread(Actor actor, ApplicationId id) {
        return access.readable(actor, id, "messages")
                .flatMap(app -> actor.isStaff()
                        ? audit.record(actor, AuditAction.READ, app.id().value(), app.reference(), "messages")
                                .thenReturn(app)
                        : Mono.just(app))
                .flatMapMany(app -> db.sql(
                                "select id, application_id, from_centre, author_name, body, sent_at from application_message "
                                        + "where application_id = :app order by sent_at, id")
                        .bind("app", app.id().value())
                        .map((row, meta) -> new ApplicationMessage(
                                row.get("id", UUID.class),
                                new ApplicationId(row.get("application_id", UUID.class)),
                                Boolean.TRUE.equals(row.get("from_centre", Boolean.class)),
                                row.get("author_name", String.class),
                                row.get("body", String.class),
                                row.get("sent_at", OffsetDateTime.class).toInstant()))
                        .all());
    }

    @Override
    public Mono<ApplicationMessage> send(Actor actor, ApplicationId id, String text) {
        return Mono.defer(() -> {
            if (text == null || text.isBlank() || FormRules.length(text) > MAX_LENGTH) {
                return Mono.error(InvalidInput.of(
                        "text", "intake.error.message-text", "Write the message: 1 to " + MAX_LENGTH + " characters."));
            }
            return access.readable(actor, id, "messages").flatMap(app -> {
                if (actor.isStaff() && !CasePolicy.actsOn(actor, app.assigneeId())) {
                    return Mono.error(new DomainException.Forbidden(
                            "Only the assignee or the organiser writes to the resident."));
                }
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                var message = new ApplicationMessage(
                        UUID.randomUUID(), app.id(), actor.isStaff(), actor.displayName(), text, now);
                Mono<Void> insert = db.sql(
                                "insert into application_message (id, application_id, author_id, author_name, from_centre, body, sent_at) "
                                        + "values (:id, :app, :author, :name, :centre, :body, :at)")
                        .bind("id", message.id())
                        .bind("app", app.id().value())
                        .bind("author", actor.id())
                        .bind("name", message.authorName())
                        .bind("centre", message.fromCentre())
                        .bind("body", text)
                        .bind("at", ApplicationStore.utc(now))
                        .then();
                // Last in the transaction (EventLog's contract); notifications reads it to tell the other side.
                Mono<Void> notify = events.append(
                                new ApplicationMessageSent(app.id().value(), message.id(), message.fromCentre()))
                        .then();
                Mono<Void> logged = actor.isStaff()
                        ? audit.record(
                                        actor,
                                        AuditAction.MESSAGE_SENT,
                                        app.id().value(),
                                        app.reference(),
                                        "message to the resident")
                                .then()
                        : Mono.empty();
                return insert.then(logged).then(notify).thenReturn(message).as(transactions::transactional);
            });
        });
    }
}
