package pl.cus.portal.audit;

import java.util.UUID;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The access log: every time someone in the centre opens a resident's record. Entries are never changed or removed.
 * Callers decide whether the actor may read the record; the log only records that they did. It is the residents'
 * view of the {@link AuditTrail}: reads only, not refused reads or changes.
 */
public interface AccessLog {

    /**
     * Records that {@code staff} opened the record, in the caller's R2DBC transaction if there is one.
     *
     * @param purpose why, in a few words (e.g. {@code "application review"}); shown to the resident
     * @throws pl.cus.portal.shared.DomainException.Forbidden when the actor holds no staff role (residents reading
     *                                                         their own records are not logged)
     */
    Mono<AccessEntry> record(Actor staff, UUID recordId, String purpose);

    /** Every read of the record (action {@link AuditAction#READ}), oldest first. */
    Flux<AccessEntry> forRecord(UUID recordId);
}
