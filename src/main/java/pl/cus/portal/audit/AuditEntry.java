package pl.cus.portal.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import pl.cus.portal.shared.Role;

/**
 * One line of the audit trail: who did what to which record, when and why.
 *
 * @param actorName     the actor's display name at the time
 * @param actorUsername {@code null} for entries written before usernames were recorded
 * @param role          the role they acted in; for someone holding several, the first in {@link Role}'s order
 * @param recordLabel   the record's human-readable number (e.g. an application reference), when the caller gave one
 * @param purpose       why: the purpose of a read, the reason of a change
 */
public record AuditEntry(
        long id,
        Instant at,
        UUID actorId,
        String actorName,
        @Nullable String actorUsername,
        Role role,
        AuditAction action,
        UUID recordId,
        @Nullable String recordLabel,
        String purpose) {}
