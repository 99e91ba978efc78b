package pl.cus.portal.identity;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** A resident created an account. No personal data in the event: the log is read by many. */
public record AccountRegistered(UUID accountId) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return accountId;
    }
}
