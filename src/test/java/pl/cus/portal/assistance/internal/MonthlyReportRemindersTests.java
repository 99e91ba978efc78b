package pl.cus.portal.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.assistance.AssistanceFixtures;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.notifications.Notification;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.notifications.NotificationType;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/** The 5th-of-the-month reminder: from the first working day, once per assistant and month, only while a report is missing. */
class MonthlyReportRemindersTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MonthlyReportReminders reminders;

    @Autowired
    FamilyAssistance assistance;

    @Autowired
    Applications applications;

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    Accounts accounts;

    @Autowired
    DatabaseClient db;

    @Autowired
    NotificationInbox inbox;

    /** A fresh assistant with one family that consented on 10 January 2026. */
    private ApplicationId familyWithConsent(Actor assistant) {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, assistant);
        assistance
                .recordConsent(assistant, id, new Consent(LocalDate.of(2026, 1, 10), false, null, null))
                .block(WAIT);
        return id;
    }

    private List<String> remindedMonths(Actor assistant) {
        return db.sql("select payload->>'month' as month from event_log where type = 'MonthlyReportDue' "
                        // The running job reminds of the real previous month too; these tests use the first half of
                        // 2026.
                        + "and payload->>'assistantId' = :id and payload->>'month' < '2026-07' order by seq")
                .bind("id", assistant.id().toString())
                .map((row, meta) -> row.get("month", String.class))
                .all()
                .collectList()
                .block(WAIT);
    }

    @Test
    void remindsOnceFromTheFirstWorkingDayWhileTheReportIsMissing() {
        Actor assistant = AssistanceFixtures.newAssistant(accounts);
        familyWithConsent(assistant);

        // 1 March 2026 is a Sunday: the first working day is Monday the 2nd.
        reminders.remind(LocalDate.of(2026, 3, 1)).block(WAIT);
        assertThat(remindedMonths(assistant)).isEmpty();
        reminders.remind(LocalDate.of(2026, 3, 2)).block(WAIT);
        reminders.remind(LocalDate.of(2026, 3, 2)).block(WAIT);
        reminders.remind(LocalDate.of(2026, 3, 4)).block(WAIT);
        assertThat(remindedMonths(assistant)).containsExactly("2026-02");
        String payload = db.sql(
                        "select (payload->>'dueDate') || ' ' || (payload->>'families') as p from event_log "
                                + "where type = 'MonthlyReportDue' and payload->>'assistantId' = :id and payload->>'month' = '2026-02'")
                .bind("id", assistant.id().toString())
                .map((row, meta) -> row.get("p", String.class))
                .one()
                .block(WAIT);
        assertThat(payload).isEqualTo("2026-03-05 1");

        // The notifications module tells the assistant, naming the month only.
        Notification told = null;
        for (int attempt = 0; attempt < 60 && told == null; attempt++) {
            told = inbox.mine(assistant, 20)
                    .filter(n -> n.type() == NotificationType.MONTHLY_REPORT_DUE && "2026-02".equals(n.reference()))
                    .next()
                    .block(WAIT);
            if (told == null) {
                sleep();
            }
        }
        assertThat(told).as("MONTHLY_REPORT_DUE notification").isNotNull();
        assertThat(told.applicationId()).isNull();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void runsRacingOnTwoInstancesRemindOnce() {
        Actor assistant = AssistanceFixtures.newAssistant(accounts);
        familyWithConsent(assistant);
        Mono.zip(
                        reminders.remind(LocalDate.of(2026, 4, 1)),
                        reminders.remind(LocalDate.of(2026, 4, 1)),
                        reminders.remind(LocalDate.of(2026, 4, 2)))
                .block(WAIT);
        assertThat(remindedMonths(assistant)).containsExactly("2026-03");
    }

    @Test
    void noReminderWhenTheReportIsSubmittedOrTheFamilyStartedLater() {
        Actor submitted = AssistanceFixtures.newAssistant(accounts);
        ApplicationId id = familyWithConsent(submitted);
        assistance
                .submitReport(
                        submitted,
                        id,
                        new MonthlyReport.Edit(YearMonth.of(2026, 4), "", "", "Spotkania według planu."),
                        java.util.Locale.forLanguageTag("pl"))
                .block(WAIT);
        reminders.remind(LocalDate.of(2026, 5, 4)).block(WAIT);
        assertThat(remindedMonths(submitted)).isEmpty();

        Actor fresh = AssistanceFixtures.newAssistant(accounts);
        // Consent in January: nothing was due for December.
        familyWithConsent(fresh);
        reminders.remind(LocalDate.of(2026, 1, 12)).block(WAIT);
        assertThat(remindedMonths(fresh)).isEmpty();
    }
}
