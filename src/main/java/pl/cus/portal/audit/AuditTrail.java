package pl.cus.portal.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The audit trail: reads, refused reads and changes of residents' records. Append-only. Callers decide what is
 * allowed; the trail records what happened. {@link AccessLog} is its read-only face for residents.
 */
public interface AuditTrail {

    /**
     * Appends an entry in the caller's R2DBC transaction if there is one, so that a change and its entry commit or
     * roll back together.
     *
     * @param recordLabel the record's human-readable number, or {@code null}
     * @param why         the purpose of a read or the reason of a change; a default is used when blank
     */
    Mono<AuditEntry> record(
            Actor actor, AuditAction action, UUID recordId, @Nullable String recordLabel, @Nullable String why);

    /**
     * Entries matching the query, newest first.
     *
     * @throws pl.cus.portal.shared.DomainException.Forbidden unless the actor is the organiser or the director
     */
    Flux<AuditEntry> browse(Actor organiserOrDirector, AuditQuery query);
}
