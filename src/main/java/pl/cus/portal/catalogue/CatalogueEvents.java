package pl.cus.portal.catalogue;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.PublishedEvents;

/** The events the catalogue module publishes (decision 0024). */
@Component
public final class CatalogueEvents implements PublishedEvents {

    @Override
    public List<Class<? extends DomainEvent>> types() {
        return List.of(ProgrammeChanged.class, ProviderChanged.class, ServiceChanged.class);
    }
}
