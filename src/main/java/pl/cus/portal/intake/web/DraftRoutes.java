package pl.cus.portal.intake.web;

import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.Draft;
import pl.cus.portal.intake.DraftId;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/drafts}: unfinished applications for API clients (the portal's own form uses {@link Drafts} directly).
 * The form has the shape of {@code POST /api/applications}; any field but {@code kind} may be missing, but present ones
 * must be of the right type.
 */
@Component
class DraftRoutes implements ApiRoutes {

    private static final PathId<DraftId> DRAFT = PathId.of("id", DraftId::new, "draft");

    private final Drafts drafts;

    DraftRoutes(Drafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/drafts", this::mine)
                .POST("/drafts", this::create)
                .GET("/drafts/{id}", this::one)
                .PUT("/drafts/{id}", this::replace)
                .DELETE("/drafts/{id}", this::discard)
                .build();
    }

    private Mono<ServerResponse> mine(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> drafts.mine(actor).map(DraftJson::of).collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> create(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request).flatMap(body -> drafts.save(actor, null, body.form(), body.step())))
                .flatMap(draft -> ServerResponse.created(URI.create("/api/drafts/" + draft.id()))
                        .bodyValue(DraftJson.of(draft)));
    }

    private Mono<ServerResponse> one(ServerRequest request) {
        return withId(request, DRAFT, drafts::find)
                .flatMap(draft -> ServerResponse.ok().bodyValue(DraftJson.of(draft)));
    }

    private Mono<ServerResponse> replace(ServerRequest request) {
        return withId(
                        request,
                        DRAFT,
                        (actor, id) -> body(request).flatMap(body -> drafts.save(actor, id, body.form(), body.step())))
                .flatMap(draft -> ServerResponse.ok().bodyValue(DraftJson.of(draft)));
    }

    private Mono<ServerResponse> discard(ServerRequest request) {
        return withId(request, DRAFT, (actor, id) -> drafts.discard(actor, id).thenReturn(id))
                .flatMap(id -> ServerResponse.noContent().build());
    }

    private record Body(ApplicationForm form, int step) {}

    private static Mono<Body> body(ServerRequest request) {
        return ApiRequests.body(
                        request,
                        JsonNode.class,
                        () -> InvalidInput.of("body", "error.invalid-input", "Send {\"form\": {...}, \"step\": 0}."))
                .map(node -> {
                    var parsed = FormJson.read(
                            node.get("form") == null
                                    ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                                    : node.get("form"));
                    var errors = new ArrayList<>(parsed.errors().stream()
                            .map(e -> new InvalidInput.FieldError("form." + e.field(), e.messageKey(), e.message()))
                            .toList());
                    // Every draft says what it is for; an unknown kind is already reported by FormJson.
                    if (parsed.form().kind() == null
                            && errors.stream()
                                    .noneMatch(e -> e.field().equals("form.kind")
                                            || e.field().equals("form.body"))) {
                        errors.add(new InvalidInput.FieldError(
                                "form.kind", "intake.error.kind", "form.kind is required: IPUS or ZA_ZYCIEM."));
                    }
                    if (!errors.isEmpty()) {
                        throw new InvalidInput(errors);
                    }
                    JsonNode step = node.get("step");
                    if (step != null
                            && !step.isNull()
                            && !(step.isIntegralNumber() && step.canConvertToInt() && step.intValue() >= 0)) {
                        throw InvalidInput.of("step", "error.invalid-input", "step must be a whole number, 0 or more.");
                    }
                    return new Body(parsed.form(), step == null || step.isNull() ? 0 : step.intValue());
                });
    }

    /** The form in the same shape as {@code POST /api/applications} takes it. */
    record DraftJson(UUID id, int step, Instant updatedAt, Instant removedAfter, FormShape form) {
        static DraftJson of(Draft draft) {
            return new DraftJson(
                    draft.id().value(),
                    draft.step(),
                    draft.updatedAt(),
                    draft.removedAfter(),
                    FormShape.of(draft.form()));
        }
    }

    record FormShape(
            String kind,
            java.util.List<UUID> serviceIds,
            String needs,
            java.util.List<pl.cus.portal.intake.HouseholdMember> household,
            String situation,
            ApplicationJson.Contact contact,
            Boolean consent,
            String district,
            String language,
            java.util.List<UUID> attachments) {
        static FormShape of(ApplicationForm form) {
            var contact = form.contact() == null
                    ? null
                    : new ApplicationJson.Contact(
                            form.contact().channel(),
                            form.contact().value(),
                            form.contact().discretion().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .toList());
            return new FormShape(
                    form.kind() == null ? null : form.kind().name(),
                    form.serviceIds().stream().map(id -> id.value()).toList(),
                    form.needs(),
                    form.household(),
                    form.situation() == null ? null : form.situation().name(),
                    contact,
                    form.consent(),
                    form.district(),
                    form.language(),
                    form.attachments().stream().map(id -> id.value()).toList());
        }
    }
}
