package pl.cus.portal.audit;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters for browsing the audit trail; every field optional ({@code null} means any).
 *
 * @param recordLabel exact record number, case-insensitive (e.g. {@code W/2026/000123})
 * @param actor       matches the actor's username exactly or part of their display name
 * @param from        first day included (centre's time zone)
 * @param to          last day included (centre's time zone)
 * @param limit       most entries returned, newest first; {@code null} for {@link #DEFAULT_LIMIT}
 */
public record AuditQuery(
        @Nullable UUID recordId,
        @Nullable String recordLabel,
        @Nullable String actor,
        @Nullable AuditAction action,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Integer limit) {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5000;

    public static AuditQuery forRecord(UUID recordId) {
        return new AuditQuery(recordId, null, null, null, null, null, null);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
