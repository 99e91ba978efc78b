package pl.cus.portal.intake;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The system's look-up of a resident's contact preferences for one application (no actor: it serves notifications,
 * never a person, and the address never leaves the server except in the e-mail itself). Empty for an unknown id.
 */
public interface ContactRoutes {

    Mono<ContactRoute> forApplication(UUID applicationId);
}
