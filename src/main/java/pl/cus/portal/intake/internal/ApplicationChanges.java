package pl.cus.portal.intake.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.intake.internal.Application.Change;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.EventLog;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records a {@link Change} in the caller's transaction, in this order: the application (against its version), the
 * step in the resident's history, the audit entry, then the change's events, last because the event log's lock is
 * held until commit.
 */
@Component
class ApplicationChanges {

    private static final int MAX_AUDIT_REASON = 900;

    private final ApplicationStore store;
    private final AuditTrail audit;
    private final EventLog events;

    ApplicationChanges(ApplicationStore store, AuditTrail audit, EventLog events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** Saves the change and its history step; {@code note}, when not null, is shown to the resident with the step. */
    Mono<Application> save(Change change, Instant at, String note) {
        return store.save(change)
                .flatMap(saved -> store.addStep(change, at, note).thenReturn(saved));
    }

    /** Saves the change with its step, records who did it and why ({@code reason}, shortened), then its events. */
    Mono<Application> record(Change change, Instant at, String note, Actor actor, AuditAction action, String reason) {
        var app = change.before();
        return save(change, at, note)
                .flatMap(saved -> audit.record(actor, action, app.id().value(), app.reference(), truncate(reason))
                        .then(Flux.fromIterable(change.events())
                                .concatMap(events::append)
                                .then())
                        .thenReturn(saved));
    }

    private static String truncate(String text) {
        return text.length() <= MAX_AUDIT_REASON ? text : text.substring(0, MAX_AUDIT_REASON) + "…";
    }
}
