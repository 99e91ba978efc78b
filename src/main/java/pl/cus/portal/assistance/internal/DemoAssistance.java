package pl.cus.portal.assistance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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
    private static final Duration WAIT = Duration.ofSeconds(60);
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
            // Start-up waits for the demo family so that the first page shows it; the one blocking call of the module.
            create().block(WAIT);
        } catch (RuntimeException e) {
            log.warn("Demo family assistance not created: {}", e.toString());
        }
    }

    private Mono<Void> create() {
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
        return applications
                .submit(ANNA, "demo-assistance-marta-1", form)
                .map(submitted -> submitted.application())
                .flatMap(application -> store.load(application.id().value())
                        .hasElement()
                        .flatMap(exists -> exists
                                ? Mono.<Void>empty()
                                : assigned(application.id())
                                        .then(Mono.defer(() -> fill(application.id())))
                                        .doOnSuccess(done -> log.info(
                                                "Created the demo family assistance for marta ({})",
                                                application.reference()))));
    }

    private Mono<Void> assigned(ApplicationId id) {
        return backOffice
                .open(JAN, id, "demo data")
                .flatMap(view -> view.summary().assignee() != null
                        ? Mono.<Void>empty()
                        : backOffice
                                .assign(
                                        JAN,
                                        id,
                                        new Assignment(
                                                MARTA.id(),
                                                "Wsparcie rodziny",
                                                "Rodzina „Za życiem” w Zatorzu",
                                                false,
                                                null))
                                .then());
    }

    private Mono<Void> fill(ApplicationId id) {
        LocalDate today = LocalDate.now(clock);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        LocalDate consentOn = last.atDay(1).minusDays(12);
        return assistance
                .recordConsent(MARTA, id, new Consent(consentOn, false, consentOn.minusDays(5), consentOn.minusDays(3)))
                .then(assistance.saveCard(MARTA, id, card()))
                .then(assistance.saveWorkPlan(MARTA, id, plan(consentOn, last)))
                .flatMap(planned -> visits(id, consentOn, last, planned.workPlan()))
                .then(Mono.defer(() -> report(id, YearMonth.from(consentOn))))
                .then(catalogue.offeredServices().next().map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(service -> assistance.saveSupportCatalogue(
                        MARTA,
                        id,
                        List.of(
                                new SupportItem(
                                        service.map(s -> s.id().value()).orElse(null),
                                        null,
                                        service.isPresent() ? "po porodzie" : "Wsparcie po porodzie"),
                                new SupportItem(null, null, "Grupa wsparcia rodziców w Nadrzeczu, czwartki 17:00"))))
                .then(assistance.recordAuthorisation(
                        MARTA,
                        id,
                        new Authorisation(
                                null,
                                "Odbiór dokumentacji z poradni genetycznej",
                                last.atDay(4),
                                last.atDay(4).plusMonths(6),
                                null)))
                .then(assistance.recordAssessment(
                        MARTA,
                        id,
                        new Assessment(
                                null,
                                last.atDay(25),
                                "Rodzina zna swoje uprawnienia; opieka nad Zosią ustalona.",
                                "Kontynuować plan; następna ocena za pół roku.")))
                .then();
    }

    private static InformationCard card() {
        return new InformationCard(
                List.of(
                        new InformationCard.Member("Anna Nowak", "mama", 1991),
                        new InformationCard.Member("Tomasz Nowak", "tata", 1989),
                        new InformationCard.Member("Zosia Nowak", "córka", 2021)),
                "Rodzina spodziewa się drugiego dziecka; badania prenatalne wskazują na potrzebę rehabilitacji po porodzie. "
                        + "Tata pracuje na zmiany, mama jest na zwolnieniu lekarskim.",
                "Rodzice dobrze ze sobą rozmawiają; babcia mieszka blisko i pomaga przy Zosi.",
                "Dużo wizyt lekarskich w różnych miejscach; niepewność co do uprawnień i terminów.");
    }

    private static WorkPlan plan(LocalDate consentOn, YearMonth last) {
        return new WorkPlan(List.of(
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
                                "Ustalić grafik z babcią", "tata", last.atDay(15), WorkPlan.ActionStatus.PLANNED)))));
    }

    private Mono<Void> visits(ApplicationId id, LocalDate consentOn, YearMonth last, WorkPlan plan) {
        UUID rights = plan.goals().get(0).id();
        UUID care = plan.goals().get(1).id();
        return Flux.just(
                        new Visit(
                                null,
                                consentOn.plusDays(2),
                                Visit.Kind.HOME_VISIT,
                                90,
                                "Pierwsze spotkanie w domu: karta, plan pracy, przewodnik po uprawnieniach.",
                                List.of(rights)),
                        new Visit(
                                null,
                                last.atDay(4),
                                Visit.Kind.HOME_VISIT,
                                90,
                                "Rozmowa o świadczeniach; wspólnie wypełniony wniosek.",
                                List.of(rights)),
                        new Visit(
                                null,
                                last.atDay(11),
                                Visit.Kind.PHONE,
                                25,
                                "Telefon po wizycie w poradni genetycznej.",
                                List.of()),
                        new Visit(
                                null,
                                last.atDay(18),
                                Visit.Kind.HOME_VISIT,
                                120,
                                "Grafik opieki nad Zosią z babcią; mama spokojniejsza.",
                                List.of(care)),
                        new Visit(
                                null,
                                last.atDay(25),
                                Visit.Kind.OFFICE,
                                60,
                                "Spotkanie w centrum z psychologiem; katalog wsparcia.",
                                List.of(rights, care)))
                .concatMap(visit -> assistance.logVisit(MARTA, id, visit))
                .then();
    }

    private Mono<Void> report(ApplicationId id, YearMonth first) {
        Locale polish = Locale.forLanguageTag("pl");
        return assistance
                .report(MARTA, id, first, polish)
                .flatMap(draft -> assistance.submitReport(
                        MARTA,
                        id,
                        new MonthlyReport.Edit(
                                first,
                                draft.contacts(),
                                draft.goalsWorkedOn(),
                                "Początek współpracy: rodzina podpisała zgodę, poznaliśmy się, powstał plan pracy."),
                        polish))
                .then();
    }
}
