package pl.cus.portal.identity;

import java.util.Set;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.Role;

/** An administrator opened a staff account. Roles only, no name or e-mail. */
public record StaffAccountCreated(UUID accountId, Set<Role> roles) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return accountId;
    }
}
