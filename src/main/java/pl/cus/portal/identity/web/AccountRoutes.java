package pl.cus.portal.identity.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;

/** {@code GET /api/me} and {@code POST /api/accounts} (resident registration). */
@Component
class AccountRoutes implements ApiRoutes {

    private final Accounts accounts;

    AccountRoutes(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/me", this::me)
                .POST("/accounts", this::register)
                .build();
    }

    private Mono<ServerResponse> me(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> ServerResponse.ok().bodyValue(Me.of(actor)));
    }

    private Mono<ServerResponse> register(ServerRequest request) {
        return request.bodyToMono(RegistrationRequest.class)
                .switchIfEmpty(Mono.error(() -> InvalidInput.of("body", "error.invalid-input", "Send the registration as a JSON body.")))
                .map(body -> new Registration(body.email(), body.password(), body.displayName(), body.language()))
                .flatMap(accounts::register)
                .flatMap(account -> ServerResponse.created(URI.create("/api/me")).bodyValue(Registered.of(account)));
    }

    record RegistrationRequest(String email, String password, String displayName, String language) {
    }

    record Registered(UUID id, String username, String displayName) {
        static Registered of(Account account) {
            return new Registered(account.id(), account.username(), account.displayName());
        }
    }

    record Me(UUID id, String username, String displayName, List<String> roles) {
        static Me of(Actor actor) {
            return new Me(actor.id(), actor.username(), actor.displayName(), actor.roles().stream().map(Enum::name).sorted().toList());
        }
    }
}
