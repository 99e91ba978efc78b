package pl.cus.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.server.ResponseStatusException;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.i18n.Languages;
import reactor.core.publisher.Mono;

/** What API handlers need from a request beyond WebFlux: the acting user, the record a path names, the body. */
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

    /** Calls {@code call} with the signed-in actor and the record the path names (a malformed id answers 404). */
    public static <I, T> Mono<T> withId(
            ServerRequest request, PathId<I> id, BiFunction<Actor, I, ? extends Mono<T>> call) {
        return requireActor(request).flatMap(actor -> call.apply(actor, id.in(request)));
    }

    /**
     * Calls {@code call} with the signed-in actor, the record the path names (a malformed id answers 404) and the JSON
     * body as {@code type} (a request without one is refused with {@code missing}).
     */
    public static <I, B, T> Mono<T> withBody(
            ServerRequest request,
            PathId<I> id,
            Class<B> type,
            Supplier<InvalidInput> missing,
            BodyCall<I, B, T> call) {
        return withId(
                request,
                id,
                (actor, value) -> body(request, type, missing).flatMap(body -> call.apply(actor, value, body)));
    }

    /** A handler's call with the actor, the id from the path and the request body. */
    @FunctionalInterface
    public interface BodyCall<I, B, T> {
        Mono<T> apply(Actor actor, I id, B body);
    }

    /** The JSON body as {@code type}; a request without one is refused with {@code missing}. */
    public static <B> Mono<B> body(ServerRequest request, Class<B> type, Supplier<InvalidInput> missing) {
        return request.bodyToMono(type).switchIfEmpty(Mono.error(missing));
    }

    /** The JSON body as {@code type}; without one: 400, field {@code body}, "Send {@code what} as a JSON body." */
    public static <B> Mono<B> body(ServerRequest request, Class<B> type, String what) {
        return body(
                request,
                type,
                () -> InvalidInput.of("body", "error.invalid-input", "Send " + what + " as a JSON body."));
    }

    /** The first portal language the client's {@code Accept-Language} names; Polish otherwise. */
    public static Locale language(ServerRequest request) {
        return request.headers().acceptLanguage().stream()
                .map(range -> Languages.byTag(range.getRange().split("-")[0].toLowerCase(Locale.ROOT)))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Languages.POLISH)
                .locale();
    }
}
