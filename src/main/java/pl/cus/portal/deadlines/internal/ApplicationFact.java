package pl.cus.portal.deadlines.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.shared.StoredEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the deadlines module reads from other modules' events. It never imports their classes (intake depends on
 * deadlines for due dates): it reads the log by event type name and payload field names, a contract documented in
 * docs/deadlines.md and decision 0010. Unknown fields are ignored; an event missing a required field is skipped.
 */
sealed interface ApplicationFact {

    Set<String> TYPES = DeadlineTracking.APPLICATION_EVENTS;

    UUID applicationId();

    /** {@code ApplicationSubmitted} {applicationId, reference, kind, submittedOn, planDueDate, ...}. */
    record Submitted(UUID applicationId, String reference, String kind, LocalDate submittedOn, LocalDate planDueDate)
            implements ApplicationFact {}

    /** {@code ApplicationAssigned} {applicationId, coordinatorId, team}. */
    record Assigned(UUID applicationId, UUID coordinatorId, String team) implements ApplicationFact {}

    /** {@code ApplicationWithdrawn} {applicationId, withdrawnOn}. */
    record Withdrawn(UUID applicationId, LocalDate on) implements ApplicationFact {}

    /** {@code ApplicationForwarded} {applicationId, forwardedOn}: handed to another team or unit, no plan here. */
    record Forwarded(UUID applicationId, LocalDate on) implements ApplicationFact {}

    /** {@code ApplicationNotQualified} {applicationId, decidedOn}: the programme's conditions are not met, no plan. */
    record NotQualified(UUID applicationId, LocalDate on) implements ApplicationFact {}

    /** {@code PlanPrepared} {applicationId, preparedOn}: the plan agreed with the resident and approved. */
    record PlanPrepared(UUID applicationId, LocalDate on) implements ApplicationFact {}

    static boolean relevant(StoredEvent event) {
        return TYPES.contains(event.type());
    }

    /** The fact, or empty for another type or a payload that breaks the contract. */
    static Optional<ApplicationFact> of(StoredEvent event, JsonMapper json) {
        if (!relevant(event)) {
            return Optional.empty();
        }
        try {
            JsonNode p = json.readTree(event.payload());
            UUID id = UUID.fromString(p.path("applicationId").asString());
            ApplicationFact fact = switch (event.type()) {
                case "ApplicationSubmitted" ->
                    new Submitted(
                            id,
                            required(p, "reference"),
                            required(p, "kind"),
                            date(p, "submittedOn"),
                            date(p, "planDueDate"));
                case "ApplicationAssigned" -> new Assigned(id, optionalUuid(p, "coordinatorId"), optional(p, "team"));
                case "ApplicationWithdrawn" -> new Withdrawn(id, date(p, "withdrawnOn"));
                case "ApplicationForwarded" -> new Forwarded(id, date(p, "forwardedOn"));
                case "ApplicationNotQualified" -> new NotQualified(id, date(p, "decidedOn"));
                case "PlanPrepared" -> new PlanPrepared(id, date(p, "preparedOn"));
                default -> null;
            };
            return Optional.ofNullable(fact);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String required(JsonNode payload, String field) {
        String value = optional(payload, field);
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static String optional(JsonNode payload, String field) {
        JsonNode node = payload.path(field);
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }

    private static LocalDate date(JsonNode payload, String field) {
        return LocalDate.parse(required(payload, field));
    }

    private static UUID optionalUuid(JsonNode payload, String field) {
        String value = optional(payload, field);
        return value == null ? null : UUID.fromString(value);
    }
}
