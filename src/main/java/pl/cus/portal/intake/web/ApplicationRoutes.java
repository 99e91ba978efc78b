package pl.cus.portal.intake.web;

import static pl.cus.portal.shared.web.ApiRequests.body;
import static pl.cus.portal.shared.web.ApiRequests.withBody;
import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationMessages;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Residents' applications, their messages and access log, and the back office's side of the messages (the rest of
 * the back office is {@link BackOfficeRoutes}).
 * See docs/api.md; the rules themselves live in the intake services.
 */
@Component
class ApplicationRoutes implements ApiRoutes {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** An application named in the path; a malformed id names no application and is answered like an unknown one. */
    static final PathId<ApplicationId> APPLICATION = PathId.of("id", ApplicationId::new, "application");

    private final Applications applications;
    private final ApplicationMessages messages;
    private final Clock clock;

    ApplicationRoutes(Applications applications, ApplicationMessages messages, Clock clock) {
        this.applications = applications;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/applications", this::submit)
                .GET("/applications", this::mine)
                .GET("/applications/{id}", this::one)
                .POST("/applications/{id}/withdrawal", this::withdraw)
                .GET("/applications/{id}/messages", this::thread)
                .POST("/applications/{id}/messages", this::send)
                .GET("/applications/{id}/access-log", this::accessLog)
                .GET("/backoffice/applications/{id}/messages", this::thread)
                .POST("/backoffice/applications/{id}/messages", this::send)
                .build();
    }

    private Mono<ServerResponse> submit(ServerRequest request) {
        String key = request.headers().firstHeader(IDEMPOTENCY_KEY);
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, JsonNode.class, "the application")
                        .flatMap(body -> {
                            var parsed = FormJson.read(body);
                            if (parsed.errors().isEmpty()) {
                                return applications.submit(actor, key, parsed.form());
                            }
                            // Fields that could not be read are reported with every other rule the form breaks.
                            return applications.validate(actor, parsed.form()).flatMap(rules -> {
                                List<FieldError> errors = new ArrayList<>(parsed.errors());
                                rules.stream()
                                        .filter(rule -> parsed.errors().stream()
                                                .noneMatch(e -> covers(rule.field(), e.field())))
                                        .forEach(errors::add);
                                if (key == null || key.isBlank()) {
                                    errors.add(new FieldError(
                                            IDEMPOTENCY_KEY,
                                            "intake.error.idempotency-key",
                                            "Send an Idempotency-Key header."));
                                }
                                return Mono.error(new InvalidInput(errors));
                            });
                        }))
                .flatMap(submission -> {
                    var body = ApplicationJson.Application.of(submission.application(), clock.getZone());
                    // A replay answers 200 with the first application, never a second 201.
                    return submission.created()
                            ? ServerResponse.created(URI.create("/api/applications/" + body.id()))
                                    .bodyValue(body)
                            : ServerResponse.ok()
                                    .header("Location", "/api/applications/" + body.id())
                                    .bodyValue(body);
                });
    }

    private static boolean covers(String ruleField, String parseField) {
        return parseField.equals(ruleField)
                || parseField.startsWith(ruleField + "[")
                || parseField.startsWith(ruleField + ".")
                || ruleField.startsWith(parseField + ".")
                || ruleField.startsWith(parseField + "[");
    }

    private Mono<ServerResponse> mine(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> applications
                        .mine(actor)
                        .map(view -> ApplicationJson.Application.of(view, clock.getZone()))
                        .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> one(ServerRequest request) {
        return withId(request, APPLICATION, applications::mine)
                .flatMap(view -> ServerResponse.ok().bodyValue(ApplicationJson.Application.of(view, clock.getZone())));
    }

    private Mono<ServerResponse> withdraw(ServerRequest request) {
        return withId(request, APPLICATION, applications::withdraw)
                .flatMap(view -> ServerResponse.ok().bodyValue(ApplicationJson.Application.of(view, clock.getZone())));
    }

    private Mono<ServerResponse> accessLog(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> applications
                                .accessLog(actor, id)
                                .map(ApplicationJson.Access::of)
                                .collectList())
                .flatMap(entries -> ServerResponse.ok().bodyValue(entries));
    }

    private Mono<ServerResponse> thread(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> messages.thread(actor, id)
                                .map(ApplicationJson.Message::of)
                                .collectList())
                .flatMap(thread -> ServerResponse.ok().bodyValue(thread));
    }

    private Mono<ServerResponse> send(ServerRequest request) {
        return withBody(
                        request,
                        APPLICATION,
                        ApplicationJson.MessageRequest.class,
                        () -> InvalidInput.of("text", "intake.error.message-text", "Send {\"text\": \"...\"}."),
                        (actor, id, body) -> messages.send(actor, id, body.text()))
                .flatMap(message -> ServerResponse.created(URI.create(request.path()))
                        .bodyValue(ApplicationJson.Message.of(message)));
    }
}
