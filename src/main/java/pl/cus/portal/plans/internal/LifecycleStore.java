package pl.cus.portal.plans.internal;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.MeetingAgreement;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.MonitoringNote;
import pl.cus.portal.plans.PlanId;
import pl.cus.portal.plans.PlanMeeting;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Meetings, monitoring notes and ending reminders: tables {@code plan_meeting}, {@code plan_monitoring_note}, {@code plan_ending_reminder}. */
@Repository
class LifecycleStore {

    private static final String MEETING_COLUMNS =
            "id, held_on, participants::text as participants, going_well, concerns, options, "
                    + "chosen_services, agreements::text as agreements, next_meeting_on, recorded_by_name, recorded_at";

    /** Stored with plain strings, independent of how the API records serialise. */
    record StoredParticipant(String name, String role, boolean attended) {}

    record StoredAgreement(String who, String what, String by) {}

    /** A plan in force whose current version ends on {@code periodTo}, to be reminded of. */
    record Ending(PlanId planId, ApplicationId applicationId, int version, LocalDate periodTo) {}

    private final DatabaseClient db;
    private final JsonMapper json;

    LifecycleStore(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Void> insertMeeting(ApplicationId applicationId, PlanMeeting meeting, UUID recordedBy) {
        var participants = meeting.participants().stream()
                .map(p -> new StoredParticipant(p.name(), p.role(), p.attended()))
                .toList();
        var agreements = meeting.agreements().stream()
                .map(a -> new StoredAgreement(a.who(), a.what(), a.by().toString()))
                .toList();
        var spec = db.sql(
                        "insert into plan_meeting (id, application_id, held_on, participants, going_well, concerns, options, "
                                + "chosen_services, agreements, next_meeting_on, recorded_by, recorded_by_name, recorded_at) values (:id, :app, "
                                + ":held, :participants, :well, :concerns, :options, :chosen, :agreements, :next, :by, :name, :at)")
                .bind("id", meeting.id())
                .bind("app", applicationId.value())
                .bind("held", meeting.heldOn())
                .bind("participants", Json.of(json.writeValueAsString(participants)))
                .bind("agreements", Json.of(json.writeValueAsString(agreements)))
                .bind("next", meeting.nextMeetingOn())
                .bind("by", recordedBy)
                .bind("name", meeting.recordedBy())
                .bind("at", utc(meeting.recordedAt()));
        spec = nullable(spec, "well", meeting.goingWell());
        spec = nullable(spec, "concerns", meeting.concerns());
        spec = nullable(spec, "options", meeting.options());
        spec = nullable(spec, "chosen", meeting.chosenServices());
        return spec.then();
    }

    /** The application's meetings, latest first. */
    Flux<PlanMeeting> meetings(ApplicationId applicationId) {
        return db.sql("select " + MEETING_COLUMNS
                        + " from plan_meeting where application_id = :app order by held_on desc, recorded_at desc")
                .bind("app", applicationId.value())
                .map((row, meta) -> meeting(row))
                .all();
    }

    Mono<PlanMeeting> meeting(ApplicationId applicationId, UUID meetingId) {
        return db.sql("select " + MEETING_COLUMNS + " from plan_meeting where application_id = :app and id = :id")
                .bind("app", applicationId.value())
                .bind("id", meetingId)
                .map((row, meta) -> meeting(row))
                .one();
    }

    Mono<Void> insertNote(PlanId planId, MonitoringNote note, UUID authorId) {
        return db.sql(
                        "insert into plan_monitoring_note (id, plan_id, noted_on, text, author_id, author_name, written_at) "
                                + "values (:id, :plan, :on, :text, :author, :name, :at)")
                .bind("id", note.id())
                .bind("plan", planId.value())
                .bind("on", note.notedOn())
                .bind("text", note.text())
                .bind("author", authorId)
                .bind("name", note.author())
                .bind("at", utc(note.writtenAt()))
                .then();
    }

    Flux<MonitoringNote> notes(PlanId planId) {
        return db.sql(
                        "select id, noted_on, text, author_name, written_at from plan_monitoring_note where plan_id = :plan "
                                + "order by noted_on desc, written_at desc")
                .bind("plan", planId.value())
                .map((row, meta) -> new MonitoringNote(
                        row.get("id", UUID.class),
                        row.get("noted_on", LocalDate.class),
                        row.get("text", String.class),
                        row.get("author_name", String.class),
                        row.get("written_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    /**
     * Records the reminder for the plan's end day once: true for the one caller that inserted the row. A second
     * instance doing the same waits on the primary key until the first commits, then inserts nothing.
     */
    Mono<Boolean> remindOnce(Ending ending, LocalDate on) {
        return db.sql(
                        "insert into plan_ending_reminder (plan_id, period_to, version, reminded_on) values (:plan, :to, :version, :on) "
                                + "on conflict (plan_id, period_to) do nothing")
                .bind("plan", ending.planId().value())
                .bind("to", ending.periodTo())
                .bind("version", ending.version())
                .bind("on", on)
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    private PlanMeeting meeting(Readable row) {
        StoredParticipant[] participants =
                json.readValue(row.get("participants", String.class), StoredParticipant[].class);
        StoredAgreement[] agreements = json.readValue(row.get("agreements", String.class), StoredAgreement[].class);
        List<MeetingParticipant> people = Arrays.stream(participants)
                .map(p -> new MeetingParticipant(p.name(), p.role(), p.attended()))
                .toList();
        List<MeetingAgreement> agreed = Arrays.stream(agreements)
                .map(a -> new MeetingAgreement(a.who(), a.what(), LocalDate.parse(a.by())))
                .toList();
        return new PlanMeeting(
                row.get("id", UUID.class),
                row.get("held_on", LocalDate.class),
                people,
                row.get("going_well", String.class),
                row.get("concerns", String.class),
                row.get("options", String.class),
                row.get("chosen_services", String.class),
                agreed,
                row.get("next_meeting_on", LocalDate.class),
                row.get("recorded_by_name", String.class),
                row.get("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static DatabaseClient.GenericExecuteSpec nullable(
            DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
