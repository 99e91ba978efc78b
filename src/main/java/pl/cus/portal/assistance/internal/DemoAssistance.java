package pl.cus.portal.assistance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/**
 * One "Za życiem" family for the demo family assistant marta: Anna's request, assigned to marta, consent a few weeks
 * before last month, the card, the work plan, visits last month (so the report draft for last month is ready to
 * edit), the first month's report submitted, the support catalogue and an authorisation. Only with
 * {@code cus.demo-data=true}; created once (the request's idempotency key and the consent row), never failing start-up.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("cus.demo-data")
class DemoAssistance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssistance.class);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Actor ANNA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000101"), "anna", "Anna Nowak", List.of(Role.RESIDENT));
    private static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    private static final Actor MARTA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000203"),
            "marta",
            "Marta Zielińska",
            List.of(Role.FAMILY_ASSISTANT));

    private final Applications applications;
    private final BackOfficeApplications backOffice;
    private final FamilyAssistance assistance;
    private final AssistanceStore store;
    private final Catalogue catalogue;
    private final Clock clock;

    DemoAssistance(
            Applications applications,
            BackOfficeApplications backOffice,
            FamilyAssistance assistance,
            AssistanceStore store,
            Catalogue catalogue,
            Clock clock) {
        this.applications = applications;
        this.backOffice = backOffice;
        this.assistance = assistance;
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            create();
        } catch (RuntimeException e) {
            log.warn("Demo family assistance not created: {}", e.toString());
        }
    }

    private void create() {
        var form = new ApplicationForm(
                ApplicationKind.ZA_ZYCIEM,
                List.of(),
                "Spodziewamy się drugiego dziecka. Lekarz powiedział, że po porodzie będzie potrzebna rehabilitacja. "
                        + "Chcemy wiedzieć, jakie wsparcie nam przysługuje i jak je zorganizować.",
                List.of(),
                Situation.CHILD_SEVERE_ILLNESS,
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                true,
                "Zatorze",
                "pl",
                List.of());
        var application = applications
                .submit(ANNA, "demo-assistance-marta-1", form)
                .block(WAIT)
                .application();
        ApplicationId id = application.id();
        if (store.find(id.value()).blockOptional(WAIT).isPresent()) {
            return;
        }
        var summary = backOffice.open(JAN, id, "demo data").block(WAIT).summary();
        if (summary.assignee() == null) {
            backOffice
                    .assign(
                            JAN,
                            id,
                            new Assignment(
                                    MARTA.id(), "Wsparcie rodziny", "Rodzina „Za życiem” w Zatorzu", false, null))
                    .block(WAIT);
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        LocalDate consentOn = last.atDay(1).minusDays(12);
        assistance
                .recordConsent(MARTA, id, new Consent(consentOn, false, consentOn.minusDays(5), consentOn.minusDays(3)))
                .block(WAIT);
        assistance
                .saveCard(
                        MARTA,
                        id,
                        new InformationCard(
                                List.of(
                                        new InformationCard.Member("Anna Nowak", "mama", 1991),
                                        new InformationCard.Member("Tomasz Nowak", "tata", 1989),
                                        new InformationCard.Member("Zosia Nowak", "córka", 2021)),
                                "Rodzina spodziewa się drugiego dziecka; badania prenatalne wskazują na potrzebę rehabilitacji po porodzie. "
                                        + "Tata pracuje na zmiany, mama jest na zwolnieniu lekarskim.",
                                "Rodzice dobrze ze sobą rozmawiają; babcia mieszka blisko i pomaga przy Zosi.",
                                "Dużo wizyt lekarskich w różnych miejscach; niepewność co do uprawnień i terminów."))
                .block(WAIT);
        var plan = assistance
                .saveWorkPlan(
                        MARTA,
                        id,
                        new WorkPlan(List.of(
                                new WorkPlan.Goal(
                                        null,
                                        "Wiemy, jakie wsparcie nam przysługuje",
                                        List.of(
                                                new WorkPlan.Action(
                                                        "Omówić przewodnik po uprawnieniach „Za życiem”",
                                                        "asystentka z rodzicami",
                                                        consentOn.plusDays(14),
                                                        WorkPlan.ActionStatus.DONE),
                                                new WorkPlan.Action(
                                                        "Złożyć wniosek o jednorazowe świadczenie",
                                                        "mama",
                                                        last.atEndOfMonth(),
                                                        WorkPlan.ActionStatus.IN_PROGRESS))),
                                new WorkPlan.Goal(
                                        null,
                                        "Zosia ma opiekę w czasie wizyt w szpitalu",
                                        List.of(new WorkPlan.Action(
                                                "Ustalić grafik z babcią",
                                                "tata",
                                                last.atDay(15),
                                                WorkPlan.ActionStatus.PLANNED))))))
                .block(WAIT);
        UUID rights = plan.workPlan().goals().get(0).id();
        UUID care = plan.workPlan().goals().get(1).id();
        visit(
                id,
                consentOn.plusDays(2),
                Visit.Kind.HOME_VISIT,
                90,
                "Pierwsze spotkanie w domu: karta, plan pracy, przewodnik po uprawnieniach.",
                List.of(rights));
        visit(
                id,
                last.atDay(4),
                Visit.Kind.HOME_VISIT,
                90,
                "Rozmowa o świadczeniach; wspólnie wypełniony wniosek.",
                List.of(rights));
        visit(id, last.atDay(11), Visit.Kind.PHONE, 25, "Telefon po wizycie w poradni genetycznej.", List.of());
        visit(
                id,
                last.atDay(18),
                Visit.Kind.HOME_VISIT,
                120,
                "Grafik opieki nad Zosią z babcią; mama spokojniejsza.",
                List.of(care));
        visit(
                id,
                last.atDay(25),
                Visit.Kind.OFFICE,
                60,
                "Spotkanie w centrum z psychologiem; katalog wsparcia.",
                List.of(rights, care));
        YearMonth first = YearMonth.from(consentOn);
        var draft =
                assistance.report(MARTA, id, first, Locale.forLanguageTag("pl")).block(WAIT);
        assistance
                .submitReport(
                        MARTA,
                        id,
                        new MonthlyReport.Edit(
                                first,
                                draft.contacts(),
                                draft.goalsWorkedOn(),
                                "Początek współpracy: rodzina podpisała zgodę, poznaliśmy się, powstał plan pracy."),
                        Locale.forLanguageTag("pl"))
                .block(WAIT);
        var service = catalogue.offeredServices().next().blockOptional(WAIT);
        assistance
                .saveSupportCatalogue(
                        MARTA,
                        id,
                        List.of(
                                new SupportItem(
                                        service.map(s -> s.id().value()).orElse(null),
                                        null,
                                        service.isPresent() ? "po porodzie" : "Wsparcie po porodzie"),
                                new SupportItem(null, null, "Grupa wsparcia rodziców w Nadrzeczu, czwartki 17:00")))
                .block(WAIT);
        assistance
                .recordAuthorisation(
                        MARTA,
                        id,
                        new Authorisation(
                                null,
                                "Odbiór dokumentacji z poradni genetycznej",
                                last.atDay(4),
                                last.atDay(4).plusMonths(6),
                                null))
                .block(WAIT);
        assistance
                .recordAssessment(
                        MARTA,
                        id,
                        new Assessment(
                                null,
                                last.atDay(25),
                                "Rodzina zna swoje uprawnienia; opieka nad Zosią ustalona.",
                                "Kontynuować plan; następna ocena za pół roku."))
                .block(WAIT);
        log.info("Created the demo family assistance for marta ({})", application.reference());
    }

    private void visit(ApplicationId id, LocalDate on, Visit.Kind kind, int minutes, String notes, List<UUID> goals) {
        assistance
                .logVisit(MARTA, id, new Visit(null, on, kind, minutes, notes, goals))
                .block(WAIT);
    }
}
