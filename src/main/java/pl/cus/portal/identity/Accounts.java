package pl.cus.portal.identity;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** Account look-ups and resident registration. */
public interface Accounts {

    Mono<Account> register(Registration registration);

    Mono<Account> findByUsername(String username);

    Mono<Account> findById(UUID id);

}
