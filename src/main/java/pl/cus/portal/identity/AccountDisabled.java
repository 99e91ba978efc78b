package pl.cus.portal.identity;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** An administrator disabled an account; it can no longer sign in. */
public record AccountDisabled(UUID accountId) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return accountId;
    }
}
