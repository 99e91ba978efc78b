package pl.cus.portal.intake;

import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Messages between a resident and the centre about one application. The resident writes on their own applications;
 * staff write as the centre. A message from the centre notifies the resident through their preferred channel with a
 * neutral text ("Masz nową wiadomość w portalu"), never the message itself.
 */
public interface ApplicationMessages {

    /** Longest message accepted, in characters. */
    int MAX_LENGTH = 4000;

    /**
     * The thread, oldest first: for the resident on their own application, for staff with access to it (their read is
     * recorded in the access log). NotFound otherwise.
     */
    Flux<ApplicationMessage> thread(Actor actor, ApplicationId id);

    /**
     * Adds a message, stored exactly as typed.
     *
     * @throws pl.cus.portal.shared.InvalidInput for field {@code text}: empty or longer than {@link #MAX_LENGTH}
     */
    Mono<ApplicationMessage> send(Actor actor, ApplicationId id, String text);
}
