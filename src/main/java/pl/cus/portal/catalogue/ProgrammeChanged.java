package pl.cus.portal.catalogue;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** An administrator changed a programme in the catalogue. No personal data: the log is read by many. */
public record ProgrammeChanged(ProgrammeId programmeId, CatalogueChange change, UUID actorId) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return programmeId.value();
    }
}
