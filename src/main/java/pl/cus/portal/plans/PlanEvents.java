package pl.cus.portal.plans;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.PublishedEvents;

/** The events the plans module publishes; deadlines and notifications read some (decision 0024). */
@Component
public final class PlanEvents implements PublishedEvents {

    @Override
    public List<Class<? extends DomainEvent>> types() {
        return List.of(
                PlanAgreed.class,
                PlanApproved.class,
                PlanChangesRequested.class,
                PlanClosed.class,
                PlanEndingSoon.class,
                PlanMeetingRecorded.class,
                PlanMonitoringNoted.class,
                PlanPrepared.class,
                PlanRenewed.class,
                PlanVersionSaved.class);
    }
}
