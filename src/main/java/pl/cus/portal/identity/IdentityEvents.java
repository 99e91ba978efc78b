package pl.cus.portal.identity;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.PublishedEvents;

/** The events the identity module publishes (decision 0024). */
@Component
public final class IdentityEvents implements PublishedEvents {

    @Override
    public List<Class<? extends DomainEvent>> types() {
        return List.of(
                AccountDisabled.class,
                AccountEnabled.class,
                AccountRegistered.class,
                ExternalIdentityLinked.class,
                PasswordChanged.class,
                StaffAccountCreated.class,
                StaffRolesChanged.class);
    }
}
