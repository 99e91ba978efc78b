package pl.cus.portal.identity.web;

import static pl.cus.portal.shared.web.ApiRequests.body;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.identity.Registrations;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/me}; resident registration by e-mail confirmation and password reset by e-mail link (issue 14).
 * A registration or reset request answers {@code 202} with the same body whether or not the address has an account.
 */
@Component
class AccountRoutes implements ApiRoutes {

    static final Accepted CHECK_MAIL = new Accepted(
            "If this address can be used, a message has been sent to it. Follow the link in it to continue.");

    /** What a request without a body is asked to send. */
    private static final String REQUEST = "the request";

    private final Registrations registrations;

    AccountRoutes(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/me", this::me)
                .POST("/accounts", this::register)
                .POST("/accounts/confirmation", this::confirm)
                .POST("/accounts/password-reset", this::requestReset)
                .POST("/accounts/password-reset/confirmation", this::reset)
                .build();
    }

    private Mono<ServerResponse> me(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> ServerResponse.ok().bodyValue(Me.of(actor)));
    }

    private Mono<ServerResponse> register(ServerRequest request) {
        return body(request, RegistrationRequest.class, REQUEST)
                .map(body -> new Registration(body.email(), body.password(), body.displayName(), body.language()))
                .flatMap(registration -> registrations.register(registration, client(request)))
                .then(ServerResponse.status(HttpStatus.ACCEPTED).bodyValue(CHECK_MAIL));
    }

    private Mono<ServerResponse> confirm(ServerRequest request) {
        return body(request, TokenRequest.class, REQUEST)
                .flatMap(body -> registrations.confirm(body.token()))
                .flatMap(
                        account -> ServerResponse.created(URI.create("/api/me")).bodyValue(Registered.of(account)));
    }

    private Mono<ServerResponse> requestReset(ServerRequest request) {
        return body(request, ResetRequest.class, REQUEST)
                .flatMap(body -> registrations.requestPasswordReset(body.email(), body.language(), client(request)))
                .then(ServerResponse.status(HttpStatus.ACCEPTED).bodyValue(CHECK_MAIL));
    }

    private Mono<ServerResponse> reset(ServerRequest request) {
        return body(request, NewPasswordRequest.class, REQUEST)
                .flatMap(body -> registrations.resetPassword(body.token(), body.password()))
                .then(ServerResponse.noContent().build());
    }

    private static String client(ServerRequest request) {
        return request.remoteAddress()
                .map(address -> address.getAddress() == null
                        ? address.getHostString()
                        : address.getAddress().getHostAddress())
                .orElse(null);
    }

    record RegistrationRequest(String email, String password, String displayName, String language) {}

    record TokenRequest(String token) {}

    record ResetRequest(String email, String language) {}

    record NewPasswordRequest(String token, String password) {}

    record Accepted(String message) {}

    record Registered(UUID id, String username, String displayName) {
        static Registered of(Account account) {
            return new Registered(account.id(), account.username(), account.displayName());
        }
    }

    record Me(UUID id, String username, String displayName, List<String> roles) {
        static Me of(Actor actor) {
            return new Me(
                    actor.id(),
                    actor.username(),
                    actor.displayName(),
                    actor.roles().stream().map(Enum::name).sorted().toList());
        }
    }
}
