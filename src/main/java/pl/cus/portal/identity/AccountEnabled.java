package pl.cus.portal.identity;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** An administrator enabled an account again. */
public record AccountEnabled(UUID accountId) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return accountId;
    }
}
