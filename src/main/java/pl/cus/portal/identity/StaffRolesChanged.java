package pl.cus.portal.identity;

import java.util.Set;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.Role;

/** An administrator changed a staff account's roles. */
public record StaffRolesChanged(UUID accountId, Set<Role> roles) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return accountId;
    }
}
