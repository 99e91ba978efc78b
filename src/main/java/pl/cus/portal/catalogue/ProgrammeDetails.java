package pl.cus.portal.catalogue;

import java.util.List;
import java.util.Objects;

/** A programme with the services offered under it, ordered by name. */
public record ProgrammeDetails(Programme programme, List<ServiceSummary> services) {

    public ProgrammeDetails {
        Objects.requireNonNull(programme, "programme");
        services = List.copyOf(services);
    }
}
