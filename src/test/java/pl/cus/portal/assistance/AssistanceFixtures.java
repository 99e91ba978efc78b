package pl.cus.portal.assistance;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.StaffAccountRequest;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;
import pl.cus.portal.triage.TriageFixtures;

/** A "Za życiem" request of Anna's assigned to a family assistant, and fresh assistants for tests that count per person. */
public final class AssistanceFixtures {

    public static final Actor MARTA = TriageFixtures.MARTA;
    public static final Actor ANNA = TriageFixtures.ANNA;
    public static final Actor JAN = TriageFixtures.JAN;
    public static final Actor ADMIN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000206"), "admin", "Administrator", List.of(Role.ADMIN));
    private static final Duration WAIT = Duration.ofSeconds(15);

    private AssistanceFixtures() {}

    /** Anna's new "Za życiem" request, assigned by the organiser to the assistant (no workload limit: tests share one database). */
    public static ApplicationId familyOf(
            Applications applications, BackOfficeApplications backOffice, Actor assistant) {
        var application = TriageFixtures.submitZaZyciem(
                applications, ANNA, UUID.randomUUID().toString());
        backOffice
                .assign(
                        JAN,
                        application.id(),
                        new Assignment(
                                assistant.id(), "Asystenci rodziny", "test: a family for the assistant", false, null))
                .block(WAIT);
        return application.id();
    }

    /** A new family assistant account, so that per-assistant counts are not shared with other tests. */
    public static Actor newAssistant(Accounts accounts) {
        String username = "asystent-" + UUID.randomUUID().toString().substring(0, 8);
        var created = accounts.createStaff(
                        ADMIN,
                        new StaffAccountRequest(username, "Asystentka Testowa", null, Set.of(Role.FAMILY_ASSISTANT)))
                .block(WAIT);
        return Actor.of(created.account().id(), username, "Asystentka Testowa", List.of(Role.FAMILY_ASSISTANT));
    }
}
