package pl.cus.portal.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.Attachments;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Draft;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;

/** The clean-up removes old unattached files and drafts not changed for 90 days, and nothing else. */
class IntakeCleanupTests extends PortalIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    IntakeCleanup cleanup;

    @Autowired
    Attachments attachments;

    @Autowired
    Drafts drafts;

    @Autowired
    Applications applications;

    @Autowired
    DatabaseClient db;

    @Autowired
    Clock clock;

    private Actor freshResident() {
        UUID id = UUID.randomUUID();
        String username = "cleanup-" + id.toString().substring(0, 8);
        db.sql("insert into account (id, username, display_name, password_hash, roles, preferred_language, created_at) "
                        + "values (:id, :username, 'Test Resident', null, array['RESIDENT'], 'pl', now())")
                .bind("id", id)
                .bind("username", username)
                .fetch()
                .rowsUpdated()
                .block(Duration.ofSeconds(10));
        return Actor.of(id, username, "Test Resident", List.of(Role.RESIDENT));
    }

    private AttachmentId file(Actor resident, Duration age) {
        AttachmentId id = attachments
                .upload(resident, "plik.pdf", PDF)
                .block(Duration.ofSeconds(10))
                .id();
        db.sql("update attachment set uploaded_at = :at where id = :id")
                .bind("at", ApplicationStore.utc(clock.instant().minus(age)))
                .bind("id", id.value())
                .then()
                .block(Duration.ofSeconds(10));
        return id;
    }

    private Draft draft(Actor resident, Duration age, AttachmentId... files) {
        var form = new ApplicationForm(
                ApplicationKind.ZA_ZYCIEM,
                List.of(),
                "Wsparcie",
                List.of(),
                null,
                null,
                null,
                null,
                null,
                List.of(files));
        Draft draft = drafts.save(resident, null, form, 1).block(Duration.ofSeconds(10));
        db.sql("update application_draft set updated_at = :at where id = :id")
                .bind("at", ApplicationStore.utc(clock.instant().minus(age)))
                .bind("id", draft.id().value())
                .then()
                .block(Duration.ofSeconds(10));
        return draft;
    }

    private boolean exists(AttachmentId id) {
        return db.sql("select count(*) as n from attachment where id = :id")
                        .bind("id", id.value())
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block(Duration.ofSeconds(10))
                == 1;
    }

    private boolean exists(Draft draft) {
        return db.sql("select count(*) as n from application_draft where id = :id")
                        .bind("id", draft.id().value())
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block(Duration.ofSeconds(10))
                == 1;
    }

    @Test
    void oldUnattachedFilesAndAbandonedDraftsGoWhileFreshOnesListedAndSentOnesStay() {
        Actor resident = freshResident();
        Duration day = Duration.ofHours(24);
        AttachmentId oldLoose = file(resident, day.plusMinutes(5));
        AttachmentId freshLoose = file(resident, day.minusMinutes(5));
        AttachmentId oldInLiveDraft = file(resident, Duration.ofDays(30));
        AttachmentId oldInAbandonedDraft = file(resident, Duration.ofDays(100));
        AttachmentId oldSent = file(resident, Duration.ofDays(200));
        applications
                .submit(
                        resident,
                        UUID.randomUUID().toString(),
                        new ApplicationForm(
                                ApplicationKind.ZA_ZYCIEM,
                                List.of(),
                                "Proszę o wsparcie",
                                List.of(),
                                Situation.PREGNANCY,
                                new Contact(ContactChannel.PHONE, "+48 600 100 200", Set.of()),
                                true,
                                null,
                                null,
                                List.of(oldSent)))
                .block(Duration.ofSeconds(10));
        Draft abandoned = draft(resident, Duration.ofDays(90).plusMinutes(5), oldInAbandonedDraft);
        Draft live = draft(resident, Duration.ofDays(90).minusMinutes(5), oldInLiveDraft);

        assertThat(runUntilItRan()).isTrue();

        assertThat(exists(abandoned)).isFalse();
        assertThat(exists(oldInAbandonedDraft))
                .as("the file of a removed draft")
                .isFalse();
        assertThat(exists(oldLoose)).isFalse();
        assertThat(exists(live)).isTrue();
        assertThat(exists(oldInLiveDraft))
                .as("a file listed in a draft lives as long as the draft")
                .isTrue();
        assertThat(exists(freshLoose)).isTrue();
        assertThat(exists(oldSent)).as("a file of a sent application").isTrue();
    }

    /**
     * Runs the clean-up until a run was not skipped (the portal's own background run may hold the lock for a moment);
     * whichever run removed the rows, the assertions on what exists afterwards hold.
     */
    private boolean runUntilItRan() {
        for (int attempt = 0; attempt < 20; attempt++) {
            if (cleanup.run().block(Duration.ofSeconds(30)).ran()) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Test
    void anotherInstanceRunningTheCleanUpMakesThisOneSkip() {
        Actor resident = freshResident();
        AttachmentId old = file(resident, Duration.ZERO);
        // Another instance's run: it holds the lock in its open transaction while the file becomes old.
        IntakeCleanup.Removed whileHeld = db.inConnection(connection -> Mono.from(connection.beginTransaction())
                        .then(Mono.from(connection
                                        .createStatement("select pg_advisory_xact_lock(" + 0x696e74616b65L + ")")
                                        .execute())
                                .flatMap(result -> Mono.from(result.getRowsUpdated())))
                        .then(db.sql("update attachment set uploaded_at = :at where id = :id")
                                .bind("at", ApplicationStore.utc(clock.instant().minus(Duration.ofDays(2))))
                                .bind("id", old.value())
                                .then())
                        .then(cleanup.run())
                        .flatMap(removed ->
                                Mono.from(connection.rollbackTransaction()).thenReturn(removed)))
                .block(Duration.ofSeconds(30));
        assertThat(whileHeld.ran()).isFalse();
        assertThat(exists(old)).isTrue();
        assertThat(runUntilItRan()).isTrue();
        assertThat(exists(old)).isFalse();
    }

    @Test
    void aDraftShowsWhenItWillBeRemoved() {
        Actor resident = freshResident();
        Draft saved = drafts.save(resident, null, ApplicationForm.empty(ApplicationKind.IPUS), 0)
                .block(Duration.ofSeconds(10));
        assertThat(saved.removedAfter()).isEqualTo(saved.updatedAt().plus(Duration.ofDays(90)));
        Instant listed =
                drafts.mine(resident).blockFirst(Duration.ofSeconds(10)).removedAfter();
        assertThat(listed)
                .isEqualTo(saved.updatedAt().truncatedTo(ChronoUnit.MICROS).plus(Duration.ofDays(90)));
    }
}
