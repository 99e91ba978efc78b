package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * One family's assistance in the back office, in sections: time limits, consent, information card, work plan,
 * visits, assessments, monthly reports, the end and monitoring, and for "Za życiem" the support catalogue and the
 * authorisations. The assigned assistant gets the forms; the organiser and the director read. Who may do what is
 * decided by {@link FamilyAssistance}; the page only hides what would be refused.
 */
@Route(value = AssistancePaths.PAGE, layout = StaffLayout.class)
@RolesAllowed({"FAMILY_ASSISTANT", "COORDINATOR", "ORGANISER", "DIRECTOR"})
class FamilyAssistanceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FamilyAssistance assistance;
    private final BackOfficeApplications backOffice;
    private final Catalogue catalogue;
    private final Clock clock;
    private final Div feedback = new Div();
    private Actor actor;
    private ApplicationId id;
    private boolean writer;
    private String title = "";

    FamilyAssistanceView(
            FamilyAssistance assistance, BackOfficeApplications backOffice, Catalogue catalogue, Clock clock) {
        this.assistance = assistance;
        this.backOffice = backOffice;
        this.catalogue = catalogue;
        this.clock = clock;
        addClassName("assistance-page");
        feedback.setId("assistance-feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = Actors.current().orElseThrow();
        id = event.getRouteParameters().get("id").flatMap(AssistanceTexts::id).orElse(null);
        feedback.setText("");
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        Optional<CaseView> view = open();
        if (view.isEmpty() || !view.get().isFull()) {
            title = getTranslation("assistance.page.not-found");
            add(
                    new H1(title),
                    new Paragraph(new Anchor("backoffice/cases", getTranslation("assistance.page.back-to-cases"))));
            return;
        }
        var summary = view.get().summary();
        writer = actor.has(Role.FAMILY_ASSISTANT)
                && summary.assignee() != null
                && summary.assignee().id().equals(actor.id())
                && summary.status().isOpen();
        title = getTranslation("assistance.page.title", summary.reference());
        var back = new Anchor("backoffice/cases/" + id.value(), getTranslation("assistance.page.back"));
        back.addClassName("secondary-link");
        var heading = new H1(title);
        heading.setId("assistance-title");
        add(back, heading, feedback);
        Optional<AssistanceCase> found =
                call(() -> assistance.get(actor, id).blockOptional(WAIT)).flatMap(x -> x);
        add(limitsSection());
        if (found.isEmpty()) {
            add(consentForm());
            return;
        }
        AssistanceCase c = found.get();
        boolean running = writer && c.active();
        add(
                consentSummary(c),
                cardSection(c, running),
                workPlanSection(c, running),
                visitsSection(c, running),
                assessmentsSection(c, running),
                reportsSection(c),
                endSection(c));
        if (c.zaZyciem()) {
            add(supportSection(c, running), authorisationsSection(c, running));
        }
    }

    private Optional<CaseView> open() {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return backOffice.open(actor, id, "family assistance page").blockOptional(WAIT);
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** Runs a call; a refusal is shown in the feedback line and answers empty. */
    private <T> Optional<T> call(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (DomainException.NotFound e) {
            return Optional.empty();
        } catch (DomainException e) {
            feedback.setText(AssistanceTexts.error(this, e));
            return Optional.empty();
        }
    }

    /** Saves, then shows the page again with the message, or keeps the form and shows why not. */
    private void save(Supplier<?> action, String doneKey) {
        try {
            action.get();
            render();
            feedback.setText(getTranslation(doneKey));
        } catch (DomainException e) {
            feedback.setText(AssistanceTexts.error(this, e));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Section section(String id, String heading) {
        var section = new Section(new H2(heading));
        section.setId(id);
        section.addClassName("assistance-section");
        return section;
    }

    private DatePicker datePicker(String id, String labelKey, LocalDate value) {
        var picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setLocale(getLocale());
        picker.setValue(value);
        return picker;
    }

    private TextArea area(String id, String labelKey, String value) {
        var area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        return area;
    }

    private TextField field(String id, String labelKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private Button button(String id, String labelKey, Runnable click) {
        var button = new Button(getTranslation(labelKey), event -> click.run());
        button.setId(id);
        return button;
    }

    private Button primary(String id, String labelKey, Runnable click) {
        var button = button(id, labelKey, click);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private String date(LocalDate date) {
        return AssistanceTexts.date(date, getLocale());
    }

    // ---- time limits

    private Section limitsSection() {
        var section = section("assistance-limits", getTranslation("assistance.limits.title"));
        List<TimeLimit> limits = call(() ->
                        assistance.timeLimits(actor, id).collectList().block(WAIT))
                .orElse(List.of());
        if (limits.isEmpty()) {
            section.add(new Paragraph(getTranslation("assistance.limits.none")));
            return section;
        }
        var list = new UnorderedList();
        limits.forEach(limit -> list.add(new ListItem(AssistanceTexts.limit(this, limit, getLocale()))));
        section.add(list);
        return section;
    }

    // ---- consent

    private Section consentForm() {
        var section = section("assistance-consent", getTranslation("assistance.consent.title"));
        section.add(new Paragraph(getTranslation("assistance.consent.none")));
        if (!writer) {
            return section;
        }
        var consentOn = datePicker("consent-date", "assistance.consent.date", today());
        consentOn.setMax(today());
        var court = new Checkbox(getTranslation("assistance.consent.court"));
        court.setId("consent-court");
        var referred = datePicker("consent-referred", "assistance.consent.referred", null);
        referred.setHelperText(getTranslation("assistance.consent.referred-help"));
        var documents = datePicker("consent-documents", "assistance.consent.documents", null);
        section.add(
                new Div(consentOn),
                new Div(court),
                new Div(referred),
                new Div(documents),
                primary(
                        "consent-save",
                        "assistance.consent.save",
                        () -> save(
                                () -> assistance
                                        .recordConsent(
                                                actor,
                                                id,
                                                new Consent(
                                                        consentOn.getValue(),
                                                        court.getValue(),
                                                        referred.getValue(),
                                                        documents.getValue()))
                                        .block(WAIT),
                                "assistance.consent.saved")));
        return section;
    }

    private Section consentSummary(AssistanceCase c) {
        var section = section("assistance-consent", getTranslation("assistance.consent.title"));
        var list = new UnorderedList(new ListItem(getTranslation("assistance.consent.given", date(c.consentOn()))));
        if (c.courtOrdered()) {
            list.add(new ListItem(getTranslation("assistance.consent.court-ordered")));
        }
        if (c.referredOn() != null) {
            list.add(new ListItem(getTranslation("assistance.consent.referred-on", date(c.referredOn()))));
        }
        if (c.documentsReceivedOn() != null) {
            list.add(new ListItem(getTranslation("assistance.consent.documents-on", date(c.documentsReceivedOn()))));
        }
        section.add(list);
        return section;
    }

    // ---- information card

    private Section cardSection(AssistanceCase c, boolean running) {
        var section = section("assistance-card", getTranslation("assistance.card.title"));
        InformationCard card = c.card();
        if (!running) {
            if (card == null) {
                section.add(new Paragraph(getTranslation("assistance.card.none")));
            } else {
                var members = new UnorderedList();
                card.household().forEach(m -> members.add(new ListItem(member(m))));
                section.add(
                        new H3(getTranslation("assistance.card.household")),
                        members,
                        new H3(getTranslation("assistance.card.situation")),
                        new Paragraph(card.situation()),
                        new H3(getTranslation("assistance.card.strengths")),
                        new Paragraph(orDash(card.strengths())),
                        new H3(getTranslation("assistance.card.difficulties")),
                        new Paragraph(orDash(card.difficulties())));
            }
            return section;
        }
        var household = area(
                "card-household",
                "assistance.card.household",
                card == null
                        ? ""
                        : card.household().stream().map(this::memberLine).collect(Collectors.joining("\n")));
        household.setHelperText(getTranslation("assistance.card.household-help"));
        var situation = area("card-situation", "assistance.card.situation", card == null ? "" : card.situation());
        var strengths = area("card-strengths", "assistance.card.strengths", card == null ? "" : card.strengths());
        var difficulties =
                area("card-difficulties", "assistance.card.difficulties", card == null ? "" : card.difficulties());
        section.add(
                household,
                situation,
                strengths,
                difficulties,
                primary(
                        "card-save",
                        "assistance.card.save",
                        () -> save(
                                () -> assistance
                                        .saveCard(
                                                actor,
                                                id,
                                                new InformationCard(
                                                        members(household.getValue()),
                                                        situation.getValue(),
                                                        strengths.getValue(),
                                                        difficulties.getValue()))
                                        .block(WAIT),
                                "assistance.card.saved")));
        return section;
    }

    private String member(InformationCard.Member m) {
        return m.name()
                + (m.relation() == null ? "" : ", " + m.relation())
                + (m.birthYear() == null ? "" : ", " + m.birthYear());
    }

    private String memberLine(InformationCard.Member m) {
        return m.name() + "; " + (m.relation() == null ? "" : m.relation()) + "; "
                + (m.birthYear() == null ? "" : m.birthYear());
    }

    /** One person a line: "name; relation; year of birth". */
    private static List<InformationCard.Member> members(String text) {
        List<InformationCard.Member> members = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            Integer year = null;
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    year = Integer.valueOf(parts[2].strip());
                } catch (NumberFormatException e) {
                    year = 0;
                }
            }
            members.add(new InformationCard.Member(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null, year));
        }
        return members;
    }

    private String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    // ---- work plan

    private Section workPlanSection(AssistanceCase c, boolean running) {
        var section = section("assistance-plan", getTranslation("assistance.plan.title"));
        List<WorkPlan.Goal> goals = c.workPlan().goals();
        if (goals.isEmpty()) {
            section.add(new Paragraph(getTranslation("assistance.plan.none")));
        }
        var list = new UnorderedList();
        list.setId("plan-goals");
        for (int g = 0; g < goals.size(); g++) {
            WorkPlan.Goal goal = goals.get(g);
            var item = new ListItem(new H3(goal.title()));
            var actions = new UnorderedList();
            for (int a = 0; a < goal.actions().size(); a++) {
                WorkPlan.Action action = goal.actions().get(a);
                String text = getTranslation(
                        "assistance.plan.action",
                        action.what(),
                        action.who(),
                        action.byWhen() == null ? "—" : date(action.byWhen()));
                var line = new ListItem(text + " ");
                if (running) {
                    var status = new Select<WorkPlan.ActionStatus>();
                    status.setLabel(getTranslation("assistance.plan.status-of", action.what()));
                    status.setItems(WorkPlan.ActionStatus.values());
                    status.setItemLabelGenerator(s -> getTranslation("assistance.plan.status." + s.name()));
                    status.setValue(action.status());
                    int gi = g;
                    int ai = a;
                    status.addValueChangeListener(change -> {
                        if (change.isFromClient()) {
                            save(
                                    () -> assistance
                                            .saveWorkPlan(actor, id, withStatus(goals, gi, ai, change.getValue()))
                                            .block(WAIT),
                                    "assistance.plan.saved");
                        }
                    });
                    line.add(status);
                } else {
                    line.add(getTranslation(
                            "assistance.plan.status." + action.status().name()));
                }
                actions.add(line);
            }
            item.add(actions);
            list.add(item);
        }
        section.add(list);
        if (!running) {
            return section;
        }
        var goalTitle = field("plan-goal-title", "assistance.plan.goal");
        goalTitle.setWidthFull();
        section.add(
                new H3(getTranslation("assistance.plan.add-goal")),
                goalTitle,
                button("plan-goal-add", "assistance.plan.add-goal", () -> {
                    List<WorkPlan.Goal> next = new ArrayList<>(goals);
                    next.add(new WorkPlan.Goal(null, goalTitle.getValue(), List.of()));
                    save(
                            () -> assistance
                                    .saveWorkPlan(actor, id, new WorkPlan(next))
                                    .block(WAIT),
                            "assistance.plan.saved");
                }));
        if (!goals.isEmpty()) {
            var which = new Select<WorkPlan.Goal>();
            which.setId("plan-action-goal");
            which.setLabel(getTranslation("assistance.plan.action-goal"));
            which.setItems(goals);
            which.setItemLabelGenerator(WorkPlan.Goal::title);
            which.setValue(goals.getFirst());
            var what = field("plan-action-what", "assistance.plan.what");
            var who = field("plan-action-who", "assistance.plan.who");
            var byWhen = datePicker("plan-action-by", "assistance.plan.by-when", null);
            section.add(
                    new H3(getTranslation("assistance.plan.add-action")),
                    which,
                    what,
                    who,
                    byWhen,
                    button("plan-action-add", "assistance.plan.add-action", () -> {
                        List<WorkPlan.Goal> next = goals.stream()
                                .map(goal -> {
                                    if (!goal.equals(which.getValue())) {
                                        return goal;
                                    }
                                    List<WorkPlan.Action> actions = new ArrayList<>(goal.actions());
                                    actions.add(new WorkPlan.Action(
                                            what.getValue(),
                                            who.getValue(),
                                            byWhen.getValue(),
                                            WorkPlan.ActionStatus.PLANNED));
                                    return new WorkPlan.Goal(goal.id(), goal.title(), actions);
                                })
                                .toList();
                        save(
                                () -> assistance
                                        .saveWorkPlan(actor, id, new WorkPlan(next))
                                        .block(WAIT),
                                "assistance.plan.saved");
                    }));
        }
        return section;
    }

    private static WorkPlan withStatus(
            List<WorkPlan.Goal> goals, int goalIndex, int actionIndex, WorkPlan.ActionStatus status) {
        return new WorkPlan(IntStream.range(0, goals.size())
                .mapToObj(g -> {
                    WorkPlan.Goal goal = goals.get(g);
                    if (g != goalIndex) {
                        return goal;
                    }
                    List<WorkPlan.Action> actions = new ArrayList<>(goal.actions());
                    WorkPlan.Action a = actions.get(actionIndex);
                    actions.set(actionIndex, new WorkPlan.Action(a.what(), a.who(), a.byWhen(), status));
                    return new WorkPlan.Goal(goal.id(), goal.title(), actions);
                })
                .toList());
    }

    // ---- visits

    private Section visitsSection(AssistanceCase c, boolean running) {
        var section = section("assistance-visits", getTranslation("assistance.visits.title"));
        Map<UUID, String> titles = c.workPlan().goals().stream()
                .collect(Collectors.toMap(WorkPlan.Goal::id, WorkPlan.Goal::title, (a, b) -> a));
        var list = new UnorderedList();
        list.setId("visit-list");
        c.visits().reversed().forEach(visit -> {
            String goals = visit.goalIds().stream()
                    .map(titles::get)
                    .filter(t -> t != null)
                    .collect(Collectors.joining(", "));
            list.add(new ListItem(getTranslation(
                            "assistance.visits.item",
                            date(visit.on()),
                            getTranslation(
                                    "assistance.visit.kind." + visit.kind().name()),
                            visit.durationMinutes())
                    + (goals.isEmpty() ? "" : " · " + getTranslation("assistance.visits.goals", goals)) + " · "
                    + visit.notes()));
        });
        if (c.visits().isEmpty()) {
            list.add(new ListItem(getTranslation("assistance.visits.none")));
        }
        section.add(list);
        if (!running) {
            return section;
        }
        var on = datePicker("visit-date", "assistance.visits.date", today());
        on.setMax(today());
        on.setMin(c.consentOn());
        var kind = new Select<Visit.Kind>();
        kind.setId("visit-kind");
        kind.setLabel(getTranslation("assistance.visits.kind"));
        kind.setItems(Visit.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("assistance.visit.kind." + k.name()));
        kind.setValue(Visit.Kind.HOME_VISIT);
        var minutes = new IntegerField(getTranslation("assistance.visits.minutes"));
        minutes.setId("visit-minutes");
        minutes.setMin(1);
        minutes.setMax(1440);
        minutes.setStepButtonsVisible(true);
        var goals = new CheckboxGroup<WorkPlan.Goal>(getTranslation("assistance.visits.goals-label"));
        goals.setId("visit-goals");
        goals.setItems(c.workPlan().goals());
        goals.setItemLabelGenerator(WorkPlan.Goal::title);
        var notes = area("visit-notes", "assistance.visits.notes", "");
        section.add(
                new H3(getTranslation("assistance.visits.log")),
                new Div(on, kind, minutes),
                goals,
                notes,
                primary(
                        "visit-save",
                        "assistance.visits.save",
                        () -> save(
                                () -> assistance
                                        .logVisit(
                                                actor,
                                                id,
                                                new Visit(
                                                        null,
                                                        on.getValue(),
                                                        kind.getValue(),
                                                        minutes.getValue() == null ? 0 : minutes.getValue(),
                                                        notes.getValue(),
                                                        goals.getValue().stream()
                                                                .map(WorkPlan.Goal::id)
                                                                .toList()))
                                        .block(WAIT),
                                "assistance.visits.saved")));
        if (c.workPlan().goals().isEmpty()) {
            goals.setVisible(false);
        }
        return section;
    }

    // ---- assessments

    private Section assessmentsSection(AssistanceCase c, boolean running) {
        var section = section("assistance-assessments", getTranslation("assistance.assessments.title"));
        var list = new UnorderedList();
        c.assessments()
                .reversed()
                .forEach(a -> list.add(new ListItem(
                        getTranslation("assistance.assessments.item", date(a.on()), a.text(), a.conclusion()))));
        if (c.assessments().isEmpty()) {
            list.add(new ListItem(getTranslation("assistance.assessments.none")));
        }
        section.add(list);
        if (!running) {
            return section;
        }
        var on = datePicker("assessment-date", "assistance.assessments.date", today());
        on.setMax(today());
        var text = area("assessment-text", "assistance.assessments.text", "");
        var conclusion = area("assessment-conclusion", "assistance.assessments.conclusion", "");
        section.add(
                new H3(getTranslation("assistance.assessments.add")),
                on,
                text,
                conclusion,
                primary(
                        "assessment-save",
                        "assistance.assessments.save",
                        () -> save(
                                () -> assistance
                                        .recordAssessment(
                                                actor,
                                                id,
                                                new Assessment(
                                                        null, on.getValue(), text.getValue(), conclusion.getValue()))
                                        .block(WAIT),
                                "assistance.assessments.saved")));
        return section;
    }

    // ---- monthly reports

    private Section reportsSection(AssistanceCase c) {
        var section = section("assistance-reports", getTranslation("assistance.reports.title"));
        section.add(new Paragraph(getTranslation("assistance.reports.intro")));
        YearMonth first = YearMonth.from(c.consentOn());
        YearMonth last = YearMonth.from(today());
        if (c.ending() != null && YearMonth.from(c.ending().endedOn()).isBefore(last)) {
            last = YearMonth.from(c.ending().endedOn());
        }
        Map<YearMonth, MonthlyReport> submitted =
                c.reports().stream().collect(Collectors.toMap(MonthlyReport::month, r -> r));
        var list = new UnorderedList();
        list.setId("report-months");
        for (YearMonth month = last; !month.isBefore(first); month = month.minusMonths(1)) {
            MonthlyReport report = submitted.get(month);
            var link = new Anchor(
                    AssistancePaths.report(id, month),
                    getTranslation("assistance.reports.month-link", AssistanceTexts.month(month, getLocale())));
            link.setId("report-link-" + month);
            var item = new ListItem(
                    link,
                    new com.vaadin.flow.component.html.Span(" — "
                            + (report == null
                                    ? getTranslation("assistance.reports.not-submitted")
                                    : getTranslation("assistance.reports.submitted-on", date(report.submittedOn())))));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    // ---- end and monitoring

    private Section endSection(AssistanceCase c) {
        var section = section("assistance-end", getTranslation("assistance.end.title"));
        if (c.ending() != null) {
            Ending e = c.ending();
            section.add(
                    new Paragraph(getTranslation(
                            "assistance.end.ended",
                            date(e.endedOn()),
                            getTranslation("assistance.end.reason." + e.reason().name())
                                    + (e.reasonText() == null ? "" : " (" + e.reasonText() + ")"))),
                    new Paragraph(getTranslation("assistance.end.monitoring-until", date(e.monitoringUntil()))),
                    new H3(getTranslation("assistance.monitoring.title")));
            var notes = new UnorderedList();
            c.monitoringNotes().forEach(n -> notes.add(new ListItem(date(n.on()) + ": " + n.text())));
            if (c.monitoringNotes().isEmpty()) {
                notes.add(new ListItem(getTranslation("assistance.monitoring.none")));
            }
            section.add(notes);
            if (writer) {
                var on = datePicker("monitoring-date", "assistance.monitoring.date", today());
                var text = area("monitoring-text", "assistance.monitoring.text", "");
                section.add(
                        on,
                        text,
                        primary(
                                "monitoring-save",
                                "assistance.monitoring.save",
                                () -> save(
                                        () -> assistance
                                                .addMonitoringNote(
                                                        actor, id, new MonitoringNote(on.getValue(), text.getValue()))
                                                .block(WAIT),
                                        "assistance.monitoring.saved")));
            }
            return section;
        }
        section.add(new Paragraph(getTranslation("assistance.end.running")));
        if (!writer) {
            return section;
        }
        var endedOn = datePicker("end-date", "assistance.end.date", today());
        endedOn.setMax(today());
        var reason = new Select<Ending.EndReason>();
        reason.setId("end-reason");
        reason.setLabel(getTranslation("assistance.end.reason"));
        reason.setItems(Ending.EndReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("assistance.end.reason." + r.name()));
        var reasonText = field("end-reason-text", "assistance.end.reason-text");
        reasonText.setHelperText(getTranslation("assistance.end.reason-text-help"));
        var until = datePicker("end-monitoring", "assistance.end.monitoring", today().plusMonths(3));
        until.setHelperText(getTranslation("assistance.end.monitoring-help"));
        endedOn.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                until.setMin(change.getValue().plusMonths(2));
                until.setMax(change.getValue().plusMonths(6));
            }
        });
        section.add(
                endedOn,
                reason,
                reasonText,
                until,
                button(
                        "end-save",
                        "assistance.end.save",
                        () -> save(
                                () -> assistance
                                        .end(
                                                actor,
                                                id,
                                                new Ending(
                                                        endedOn.getValue(),
                                                        reason.getValue(),
                                                        reasonText.getValue(),
                                                        until.getValue()))
                                        .block(WAIT),
                                "assistance.end.saved")));
        return section;
    }

    // ---- "Za życiem": support catalogue and authorisations

    private Section supportSection(AssistanceCase c, boolean running) {
        var section = section("assistance-support", getTranslation("assistance.support.title"));
        section.add(new Paragraph(getTranslation("assistance.support.intro")));
        List<SupportItem> items = c.supportCatalogue();
        var list = new UnorderedList();
        list.setId("support-items");
        for (int i = 0; i < items.size(); i++) {
            SupportItem item = items.get(i);
            String text = (item.serviceName() == null ? "" : item.serviceName())
                    + (item.serviceName() != null && item.text() != null ? " — " : "")
                    + (item.text() == null ? "" : item.text());
            var line = new ListItem(text + " ");
            if (running) {
                int index = i;
                var remove = button("support-remove-" + i, "assistance.support.remove", () -> {
                    List<SupportItem> next = new ArrayList<>(items);
                    next.remove(index);
                    save(
                            () -> assistance
                                    .saveSupportCatalogue(actor, id, next)
                                    .block(WAIT),
                            "assistance.support.saved");
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label", getTranslation("assistance.support.remove-item", text));
                line.add(remove);
            }
            list.add(line);
        }
        if (items.isEmpty()) {
            list.add(new ListItem(getTranslation("assistance.support.none")));
        }
        section.add(list);
        if (!running) {
            return section;
        }
        var service = new ComboBox<ServiceSummary>(getTranslation("assistance.support.service"));
        service.setId("support-service");
        service.setItems(
                catalogue.offeredServices().collectList().blockOptional(WAIT).orElse(List.of()));
        service.setItemLabelGenerator(ServiceSummary::name);
        service.setWidthFull();
        var note = field("support-text", "assistance.support.text");
        note.setHelperText(getTranslation("assistance.support.text-help"));
        note.setWidthFull();
        section.add(service, note, button("support-add", "assistance.support.add", () -> {
            List<SupportItem> next = new ArrayList<>(items);
            next.add(new SupportItem(
                    service.getValue() == null ? null : service.getValue().id().value(),
                    null,
                    note.getValue().isBlank() ? null : note.getValue()));
            save(() -> assistance.saveSupportCatalogue(actor, id, next).block(WAIT), "assistance.support.saved");
        }));
        return section;
    }

    private Section authorisationsSection(AssistanceCase c, boolean running) {
        var section = section("assistance-authorisations", getTranslation("assistance.authorisations.title"));
        var list = new UnorderedList();
        for (Authorisation a : c.authorisations()) {
            String state = a.revokedOn() != null
                    ? getTranslation("assistance.authorisations.revoked", date(a.revokedOn()))
                    : a.activeOn(today())
                            ? getTranslation("assistance.authorisations.active")
                            : getTranslation("assistance.authorisations.inactive");
            var line = new ListItem(getTranslation(
                            "assistance.authorisations.item",
                            a.purpose(),
                            date(a.grantedOn()),
                            a.validUntil() == null ? "—" : date(a.validUntil()))
                    + " · " + state + " ");
            if (running && a.revokedOn() == null) {
                var revoke = button(
                        "authorisation-revoke-" + a.id(),
                        "assistance.authorisations.revoke",
                        () -> save(
                                () -> assistance
                                        .revokeAuthorisation(actor, id, a.id())
                                        .block(WAIT),
                                "assistance.authorisations.revoked-now"));
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                revoke.getElement()
                        .setAttribute(
                                "aria-label", getTranslation("assistance.authorisations.revoke-item", a.purpose()));
                line.add(revoke);
            }
            list.add(line);
        }
        if (c.authorisations().isEmpty()) {
            list.add(new ListItem(getTranslation("assistance.authorisations.none")));
        }
        section.add(list);
        if (!running) {
            return section;
        }
        var purpose = field("authorisation-purpose", "assistance.authorisations.purpose");
        purpose.setWidthFull();
        var granted = datePicker("authorisation-granted", "assistance.authorisations.granted", today());
        var until = datePicker("authorisation-until", "assistance.authorisations.until", null);
        section.add(
                new H3(getTranslation("assistance.authorisations.add")),
                purpose,
                granted,
                until,
                button(
                        "authorisation-save",
                        "assistance.authorisations.save",
                        () -> save(
                                () -> assistance
                                        .recordAuthorisation(
                                                actor,
                                                id,
                                                new Authorisation(
                                                        null,
                                                        purpose.getValue(),
                                                        granted.getValue(),
                                                        until.getValue(),
                                                        null))
                                        .block(WAIT),
                                "assistance.authorisations.saved")));
        return section;
    }
}
