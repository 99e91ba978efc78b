package pl.cus.portal.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A service with what a resident needs to see beside it: its programme and its providers in full, and the names of
 * the services it cannot be combined with.
 *
 * @param programme {@code null} for a service outside the centre's programmes
 */
public record ServiceDetails(
        ServiceEntry service, Programme programme, List<Provider> providers, List<ServiceSummary> excludes) {

    public ServiceDetails {
        Objects.requireNonNull(service, "service");
        providers = List.copyOf(providers);
        excludes = List.copyOf(excludes);
    }

    public ServiceSummary summary() {
        return new ServiceSummary(
                service.id(),
                service.name(),
                service.summary(),
                programme == null ? null : programme.id(),
                programme == null ? null : programme.name());
    }
}
