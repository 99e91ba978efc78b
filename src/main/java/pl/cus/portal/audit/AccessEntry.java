package pl.cus.portal.audit;

import java.time.Instant;
import java.util.UUID;
import pl.cus.portal.shared.Role;

/**
 * One look at a record: who (their display name and the staff role they acted in), when and why.
 *
 * @param role the actor's staff role; for someone holding several, the first in {@link Role}'s order
 */
public record AccessEntry(UUID recordId, String who, Role role, Instant at, String purpose) {}
