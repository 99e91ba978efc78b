package pl.cus.portal.intake.internal;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Assignee;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Discretion;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.intake.internal.Lifecycle.Decision;
import tools.jackson.databind.json.JsonMapper;

/** Maps rows of table {@code application} to {@link Application}s, and the JSON and time values both ways. */
@Component
class ApplicationRows {

    /** Every column an {@link Application} is read from. */
    static final String COLUMNS =
            "id, resident_id, idempotency_key, request_hash, reference, kind, status, submitted_at, submitted_on, "
                    + "plan_due_date, plan_agreed_on, plan_prepared_on, closed_on, needs, situation, services, household, "
                    + "contact_channel, contact_value, discretion, district, language, assignee_id, assignee_username, "
                    + "assignee_name, assignee_team, assigned_at, decided_by, forwarded_destination, forwarded_to, "
                    + "outcome_reason, appeal_information, version";

    private final JsonMapper json;

    ApplicationRows(JsonMapper json) {
        this.json = json;
    }

    Application map(Readable row) {
        return new Application(
                new ApplicationId(row.get("id", UUID.class)),
                row.get("resident_id", UUID.class),
                row.get("idempotency_key", String.class),
                row.get("request_hash", String.class),
                row.get("reference", String.class),
                ApplicationKind.valueOf(row.get("kind", String.class)),
                row.get("submitted_at", OffsetDateTime.class).toInstant(),
                row.get("submitted_on", LocalDate.class),
                row.get("plan_due_date", LocalDate.class),
                row.get("needs", String.class),
                enumOrNull(Situation.class, row.get("situation", String.class)),
                List.of(json.readValue(row.get("services", Json.class).asString(), ServiceSummary[].class)),
                List.of(json.readValue(row.get("household", Json.class).asString(), HouseholdMember[].class)),
                contact(row),
                row.get("district", String.class),
                row.get("language", String.class),
                lifecycle(row),
                row.get("version", Long.class));
    }

    private static Contact contact(Readable row) {
        String[] discretion = row.get("discretion", String[].class);
        EnumSet<Discretion> wishes = EnumSet.noneOf(Discretion.class);
        Arrays.stream(discretion == null ? new String[0] : discretion)
                .map(Discretion::valueOf)
                .forEach(wishes::add);
        return new Contact(
                ContactChannel.valueOf(row.get("contact_channel", String.class)),
                row.get("contact_value", String.class),
                wishes);
    }

    private static Lifecycle lifecycle(Readable row) {
        UUID assigneeId = row.get("assignee_id", UUID.class);
        OffsetDateTime assignedAt = row.get("assigned_at", OffsetDateTime.class);
        var decision = new Decision(
                row.get("decided_by", UUID.class),
                enumOrNull(Forwarding.Destination.class, row.get("forwarded_destination", String.class)),
                row.get("forwarded_to", String.class),
                row.get("outcome_reason", String.class),
                row.get("appeal_information", String.class));
        return new Lifecycle(
                ApplicationStatus.valueOf(row.get("status", String.class)),
                assigneeId == null
                        ? null
                        : new Assignee(
                                assigneeId,
                                row.get("assignee_username", String.class),
                                row.get("assignee_name", String.class),
                                row.get("assignee_team", String.class)),
                assignedAt == null ? null : assignedAt.toInstant(),
                row.get("plan_agreed_on", LocalDate.class),
                row.get("plan_prepared_on", LocalDate.class),
                row.get("closed_on", LocalDate.class),
                decision.equals(Decision.NONE) ? null : decision);
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static DatabaseClient.GenericExecuteSpec nullable(
            DatabaseClient.GenericExecuteSpec spec, String name, Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    static DatabaseClient.GenericExecuteSpec nullable(
            DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return nullable(spec, name, value, String.class);
    }
}
