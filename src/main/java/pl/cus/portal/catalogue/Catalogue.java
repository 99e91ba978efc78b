package pl.cus.portal.catalogue;

import java.util.Collection;
import reactor.core.publisher.Flux;

/** The catalogue as other modules see it. */
public interface Catalogue {

    /** The services with these ids that are offered now, ordered by name; unknown or retired ids are simply absent. */
    Flux<ServiceSummary> services(Collection<ServiceId> ids);

    /** Every service offered now, ordered by name: for pickers in forms. */
    Flux<ServiceSummary> offeredServices();

    /** The parts of town where offered services take place (from their providers' addresses), in Polish collation order. */
    Flux<String> districts();
}
