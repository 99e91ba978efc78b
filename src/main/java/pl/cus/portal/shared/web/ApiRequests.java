package pl.cus.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.server.ResponseStatusException;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/** What API handlers need from a request beyond WebFlux: the acting user. */
public final class ApiRequests {

    private ApiRequests() {}

    public static Optional<Actor> actor(ServerRequest request) {
        HttpServletRequest servletRequest =
                ServerHttpRequestDecorator.getNativeRequest(request.exchange().getRequest());
        return servletRequest.getAttribute(ActorCapturingHandlerAdapter.ACTOR_ATTRIBUTE) instanceof Actor actor
                ? Optional.of(actor)
                : Optional.empty();
    }

    /** The signed-in actor, or a 401 problem (the security chain normally answers before this). */
    public static Mono<Actor> requireActor(ServerRequest request) {
        return Mono.justOrEmpty(actor(request))
                .switchIfEmpty(Mono.error(
                        () -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to use this resource.")));
    }
}
