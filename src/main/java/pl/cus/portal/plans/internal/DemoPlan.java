package pl.cus.portal.plans.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.plans.MeetingAgreement;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.MeetingRecord;
import pl.cus.portal.plans.PlanDraft;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;

/**
 * One believable IPUS case in force for the demo (only with {@code cus.demo-data=true}): Zofia Wójcik (demo resident
 * {@code zofia}) applied, the organiser assigned the case to Ewa, Ewa wrote the plan, Zofia agreed, the director
 * approved, and the team met once. Everything goes through the real services, so the event log, the deadline board
 * and the notifications agree with it. Its own demo resident, so that tests using anna's or olena's matters see no
 * case they did not make. Skipped when Zofia already has an application (a restart).
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("cus.demo-data")
class DemoPlan implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

    static final Actor ZOFIA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000103"), "zofia", "Zofia Wójcik", List.of(Role.RESIDENT));
    static final Actor EWA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000201"), "ewa", "Ewa Kowalska", List.of(Role.COORDINATOR));
    static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    static final Actor DIRECTOR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000205"),
            "dyrektor",
            "Barbara Lewandowska",
            List.of(Role.DIRECTOR));

    /** Demo catalogue services: 19 the after-school club, 22 career counselling. */
    private static final ServiceId AFTER_SCHOOL = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000019");

    private static final ServiceId CAREER = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000022");

    private final Applications applications;
    private final BackOfficeApplications backOffice;
    private final Plans plans;
    private final PlanLifecycle lifecycle;
    private final Clock clock;

    DemoPlan(
            Applications applications,
            BackOfficeApplications backOffice,
            Plans plans,
            PlanLifecycle lifecycle,
            Clock clock) {
        this.applications = applications;
        this.backOffice = backOffice;
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean created = applications
                .mine(ZOFIA)
                .hasElements()
                .flatMap(present -> present ? Mono.just(false) : create().thenReturn(true))
                .onErrorResume(error -> {
                    // Demo data must never stop the portal from starting.
                    log.warn("The demo plan was not created: {}", error.toString());
                    return Mono.just(false);
                })
                .block(Duration.ofSeconds(60));
        if (Boolean.TRUE.equals(created)) {
            log.info("Created the demo IPUS case of zofia with a plan in force");
        }
    }

    private Mono<Void> create() {
        LocalDate today = LocalDate.now(clock);
        var form = new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(AFTER_SCHOOL, CAREER),
                "Pracuję na zmiany i nie mam z kim zostawić syna po szkole. Chciałabym wrócić do pracy na stałe.",
                List.of(new HouseholdMember("Kacper Wójcik", "syn", 2016)),
                null,
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                true,
                "Stare Miasto",
                "pl",
                List.of());
        return applications
                .submit(ZOFIA, "demo-plan-zofia", form)
                .map(submission -> submission.application().id())
                .flatMap(id -> backOffice
                        .assign(
                                JAN,
                                id,
                                new Assignment(EWA.id(), "Stare Miasto", "Dzielnica Stare Miasto", false, null))
                        .then(plans.save(EWA, id, draft(today)))
                        .then(plans.agree(ZOFIA, id))
                        .then(plans.approve(DIRECTOR, id))
                        .then(lifecycle.recordMeeting(EWA, id, meeting(today)))
                        .then());
    }

    private static PlanDraft draft(LocalDate today) {
        return new PlanDraft(
                today,
                today.plusMonths(6).minusDays(1),
                List.of(
                        PlanItem.of(
                                AFTER_SCHOOL,
                                "Fundacja „Pierwszy Krok”",
                                "ul. Lipowa 8, Nadrzecze",
                                "poniedziałek, środa, piątek 14:00–17:00"),
                        PlanItem.of(
                                CAREER,
                                "Centrum Usług Społecznych w Nadrzeczu",
                                "ul. Kościuszki 12, pokój 4",
                                "co drugi czwartek 10:00")),
                "Kacper ma gdzie odrabiać lekcje po szkole, a ja wracam do pracy na stałe do wiosny.",
                null);
    }

    private static MeetingRecord meeting(LocalDate today) {
        return new MeetingRecord(
                today,
                List.of(
                        new MeetingParticipant("Zofia Wójcik", "mama", true),
                        new MeetingParticipant("Ewa Kowalska", "koordynatorka, CUS Nadrzecze", true),
                        new MeetingParticipant("Maria Lis", "pedagog szkolny, SP 3", true),
                        new MeetingParticipant("Tomasz Nowicki", "doradca zawodowy, Klub Pracy", false)),
                "Kacper lubi szkołę i ma dobre oceny z matematyki.",
                "Mama pracuje na zmiany i nie zdąża odebrać syna ze szkoły.",
                "Świetlica do 17:00, pomoc sąsiedzka, zmiana grafiku pracy, poradnictwo zawodowe.",
                "Świetlica i pomoc w nauce, doradztwo zawodowe.",
                List.of(
                        new MeetingAgreement("Zofia Wójcik", "Zapisze Kacpra do świetlicy", today.plusDays(7)),
                        new MeetingAgreement(
                                "Ewa Kowalska", "Umówi pierwszą rozmowę z doradcą zawodowym", today.plusDays(14))),
                null);
    }
}
