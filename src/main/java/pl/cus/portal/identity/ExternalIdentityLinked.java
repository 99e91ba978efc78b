package pl.cus.portal.identity;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** An account was linked to a sign-in at an external identity provider (the provider's registration id, never the subject). */
public record ExternalIdentityLinked(UUID accountId, String provider) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return accountId;
    }
}
