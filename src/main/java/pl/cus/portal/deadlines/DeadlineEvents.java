package pl.cus.portal.deadlines;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.PublishedEvents;

/** The events the deadlines module publishes (decision 0024). */
@Component
public final class DeadlineEvents implements PublishedEvents {

    @Override
    public List<Class<? extends DomainEvent>> types() {
        return List.of(DeadlinePaused.class, DeadlineResumed.class, DeadlineStateChanged.class);
    }
}
