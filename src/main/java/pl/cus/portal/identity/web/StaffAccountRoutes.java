package pl.cus.portal.identity.web;

import static pl.cus.portal.shared.web.ApiRequests.body;
import static pl.cus.portal.shared.web.ApiRequests.withId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.CreatedStaffAccount;
import pl.cus.portal.identity.PasswordAttemptsLocked;
import pl.cus.portal.identity.StaffAccount;
import pl.cus.portal.identity.StaffAccountRequest;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import pl.cus.portal.shared.web.Problems;
import pl.cus.portal.shared.web.RouteValues;
import reactor.core.publisher.Mono;

/**
 * Staff accounts for the administrator under {@code /api/backoffice/accounts}, and {@code POST /api/me/password}
 * for everyone signed in. The policy (administrator only) is the service's; these routes only translate.
 */
@Component
class StaffAccountRoutes implements ApiRoutes {

    private static final PathId<UUID> ACCOUNT = PathId.uuid("id", value -> "No staff account with this id.");

    private final Accounts accounts;

    StaffAccountRoutes(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/backoffice/accounts", this::list)
                .POST("/backoffice/accounts", this::create)
                .POST("/backoffice/accounts/{id}/disable", this::disable)
                .POST("/backoffice/accounts/{id}/enable", this::enable)
                .PUT("/backoffice/accounts/{id}/roles", this::changeRoles)
                .POST("/me/password", this::changePassword)
                .build();
    }

    private Mono<ServerResponse> list(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor ->
                        accounts.staffAccounts(actor).map(StaffAccountView::of).collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> create(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, CreateRequest.class, "the account")
                        .map(body -> new StaffAccountRequest(
                                body.username(), body.displayName(), body.email(), roles(body.roles())))
                        .flatMap(body -> accounts.createStaff(actor, body)))
                // The only time the initial password leaves the server: no cache may keep it.
                .flatMap(created -> ServerResponse.created(URI.create(
                                "/api/backoffice/accounts/" + created.account().id()))
                        .cacheControl(CacheControl.noStore())
                        .bodyValue(Created.of(created)));
    }

    private Mono<ServerResponse> disable(ServerRequest request) {
        return setEnabled(request, false);
    }

    private Mono<ServerResponse> enable(ServerRequest request) {
        return setEnabled(request, true);
    }

    private Mono<ServerResponse> setEnabled(ServerRequest request, boolean enabled) {
        return withId(request, ACCOUNT, (actor, id) -> accounts.setEnabled(actor, id, enabled))
                .flatMap(account -> ServerResponse.ok().bodyValue(StaffAccountView.of(account)));
    }

    private Mono<ServerResponse> changeRoles(ServerRequest request) {
        // The body is read before the id: a request without one is told so whatever its path.
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, RolesRequest.class, "the roles")
                        .flatMap(body -> accounts.changeRoles(actor, ACCOUNT.in(request), roles(body.roles()))))
                .flatMap(account -> ServerResponse.ok().bodyValue(StaffAccountView.of(account)));
    }

    /**
     * The session the call comes with (if any) stays signed in; the account's other sessions end. Too many wrong
     * current passwords: 429 with Retry-After, like Basic sign-in.
     */
    private Mono<ServerResponse> changePassword(ServerRequest request) {
        HttpSession session = ServerHttpRequestDecorator.<HttpServletRequest>getNativeRequest(
                        request.exchange().getRequest())
                .getSession(false);
        String currentSession = session == null ? null : session.getId();
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, PasswordRequest.class, "the passwords")
                        .flatMap(body -> accounts.changePassword(
                                actor, body.currentPassword(), body.newPassword(), currentSession)))
                .then(ServerResponse.noContent().build())
                .onErrorResume(PasswordAttemptsLocked.class, locked -> {
                    var problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, locked.getMessage());
                    problem.put("retryAfterSeconds", Math.toIntExact(locked.retryAfterSeconds()));
                    return Problems.respond(problem, request);
                });
    }

    /** Role names as sent; an unknown one is named as an invalid {@code roles} field rather than a JSON error. */
    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        var roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(RouteValues.named(Role.class, String.valueOf(name)));
            } catch (IllegalArgumentException unknown) {
                throw InvalidInput.of(
                        "roles", "identity.staff.error.roles", "Unknown role: " + name + ". Use " + Role.STAFF + ".");
            }
        }
        return roles;
    }

    record CreateRequest(String username, String displayName, String email, List<String> roles) {}

    record RolesRequest(List<String> roles) {}

    record PasswordRequest(String currentPassword, String newPassword) {}

    record StaffAccountView(
            UUID id, String username, String displayName, String email, List<String> roles, boolean enabled) {
        static StaffAccountView of(StaffAccount account) {
            return new StaffAccountView(
                    account.id(),
                    account.username(),
                    account.displayName(),
                    account.email(),
                    account.roles().stream().map(Enum::name).sorted().toList(),
                    account.enabled());
        }
    }

    record Created(
            UUID id,
            String username,
            String displayName,
            String email,
            List<String> roles,
            boolean enabled,
            String initialPassword) {
        static Created of(CreatedStaffAccount created) {
            var view = StaffAccountView.of(created.account());
            return new Created(
                    view.id(),
                    view.username(),
                    view.displayName(),
                    view.email(),
                    view.roles(),
                    view.enabled(),
                    created.initialPassword());
        }
    }
}
