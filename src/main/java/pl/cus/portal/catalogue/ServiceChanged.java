package pl.cus.portal.catalogue;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** An administrator changed a service in the catalogue. No personal data: the log is read by many. */
public record ServiceChanged(ServiceId serviceId, CatalogueChange change, UUID actorId) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return serviceId.value();
    }
}
