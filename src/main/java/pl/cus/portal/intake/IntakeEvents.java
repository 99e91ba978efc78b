package pl.cus.portal.intake;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.PublishedEvents;

/** The events intake publishes; deadlines and notifications read them (decision 0024). */
@Component
public final class IntakeEvents implements PublishedEvents {

    @Override
    public List<Class<? extends DomainEvent>> types() {
        return List.of(
                ApplicationAssessed.class,
                ApplicationAssigned.class,
                ApplicationForwarded.class,
                ApplicationMessageSent.class,
                ApplicationNotQualified.class,
                ApplicationSubmitted.class,
                ApplicationWithdrawn.class);
    }
}
