package pl.cus.portal.identity;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** A person changed their own password. The event says only that it happened. */
public record PasswordChanged(UUID accountId) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return accountId;
    }
}
