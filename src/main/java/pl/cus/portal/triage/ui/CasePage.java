package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationMessage;
import pl.cus.portal.intake.ApplicationMessages;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.intake.StatusChange;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.ui.StaffLayout;
import pl.cus.portal.triage.CaseAssignments;
import pl.cus.portal.triage.NeedsAssessment;
import pl.cus.portal.triage.NeedsAssessments;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.Routing.RoutingBoard;
import pl.cus.portal.triage.RoutingSuggestions;

/**
 * One application in the back office: the summary always; the full application, messages and history only when
 * intake's policy allows (the read is recorded); assignment, the needs assessment, forwarding and refusal for those
 * who may act on it.
 */
@Route(value = TriagePaths.CASES + "/:id", layout = StaffLayout.class)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR"})
class CasePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Duration WAIT = Duration.ofSeconds(10);
    static final String PURPOSE = "case page";

    private final BackOfficeApplications backOffice;
    private final ApplicationMessages messages;
    private final CaseAssignments assignments;
    private final NeedsAssessments assessments;
    private final Routing routing;
    private final Clock clock;
    private final Feedback feedback = new Feedback("case-feedback");
    private Actor actor;
    private ApplicationId id;
    private String title = "";

    CasePage(
            BackOfficeApplications backOffice,
            ApplicationMessages messages,
            CaseAssignments assignments,
            NeedsAssessments assessments,
            Routing routing,
            Clock clock) {
        this.backOffice = backOffice;
        this.messages = messages;
        this.assignments = assignments;
        this.assessments = assessments;
        this.routing = routing;
        this.clock = clock;
        addClassName("triage-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = Actors.current().orElseThrow();
        id = event.getRouteParameters().get("id").flatMap(CasePage::parse).orElse(null);
        feedback.clear();
        render();
    }

    private void render() {
        removeAll();
        Optional<CaseView> opened = open();
        if (opened.isEmpty()) {
            title = getTranslation("triage.case.not-found");
            add(new H1(title), new Paragraph(new Anchor(TriagePaths.QUEUE, getTranslation("triage.case.back"))));
            return;
        }
        CaseView view = opened.get();
        CaseSummary summary = view.summary();
        title = getTranslation("triage.case.title", summary.reference());
        var back = new Anchor(
                mine(summary) ? TriagePaths.CASES : TriagePaths.QUEUE,
                getTranslation(mine(summary) ? "triage.case.back-to-cases" : "triage.case.back"));
        back.addClassName("secondary-link");
        var heading = new H1(title);
        heading.setId("case-title");
        add(back, heading, feedback, summarySection(summary));
        if (view.isFull()) {
            var plan = new Anchor(
                    TriagePaths.CASES + "/" + summary.id() + "/plan", getTranslation("triage.case.plan-link"));
            plan.setId("case-plan-link");
            add(new Paragraph(plan));
            if (summary.kind() == pl.cus.portal.intake.ApplicationKind.ZA_ZYCIEM || actor.has(Role.FAMILY_ASSISTANT)) {
                var assistance = new Anchor(
                        TriagePaths.CASES + "/" + summary.id() + "/assistance",
                        getTranslation("assistance.cases.link"));
                assistance.setId("case-assistance-link");
                add(new Paragraph(assistance));
            }
        }
        add(view.isFull() ? detailsSection(view.details()) : hiddenDetails());
        add(routingSection(summary));
        boolean actsOn = actsOn(summary);
        if (view.isFull() && actsOn && summary.status() != ApplicationStatus.SUBMITTED) {
            boolean editable =
                    summary.status() == ApplicationStatus.ASSIGNED || summary.status() == ApplicationStatus.ASSESSED;
            add(new AssessmentSection(
                    assessments, actor, summary.id(), editable, saved -> afterAssessment(summary, saved)));
        }
        if (actsOn && summary.status().isOpen()) {
            add(outcomeSection(summary));
        }
        if (view.isFull()) {
            add(messagesSection(summary), historySection(view.details().history()));
        }
    }

    private Optional<CaseView> open() {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(backOffice.open(actor, id, PURPOSE).block(WAIT));
        } catch (DomainException.NotFound | DomainException.Forbidden e) {
            return Optional.empty();
        }
    }

    private boolean mine(CaseSummary summary) {
        return summary.assignee() != null && summary.assignee().id().equals(actor.id());
    }

    private boolean actsOn(CaseSummary summary) {
        return actor.has(Role.ORGANISER) || (mine(summary) && actor.hasAny(Role.COORDINATOR, Role.FAMILY_ASSISTANT));
    }

    private Section summarySection(CaseSummary summary) {
        LocalDate today = LocalDate.now(clock);
        var list = new DescriptionList();
        list.setId("case-summary");
        term(list, "triage.case.reference", summary.reference());
        term(list, "triage.case.kind", Texts.kind(summary, getLocale()));
        term(list, "triage.case.status", Texts.status(summary, getLocale()));
        term(list, "triage.case.submitted", Texts.dateTime(summary.submittedAt(), getLocale()));
        term(list, "triage.case.waiting", Texts.waiting(summary, today, getLocale()));
        var state = new Span(Texts.deadline(summary.deadlineState(), getLocale()));
        state.setClassName(Texts.badge(summary.deadlineState()));
        var due = new Span(Texts.date(summary.planDueDate(), getLocale()) + " — "
                + Texts.daysLeft(summary.planDueDate(), today, getLocale()) + " ");
        list.add(
                new DescriptionList.Term(getTranslation("triage.case.due")),
                new DescriptionList.Description(due, state));
        term(
                list,
                summary.situation() != null ? "triage.case.situation" : "triage.case.services",
                Texts.requested(summary, getLocale()));
        term(list, "triage.case.district", Texts.orNone(summary.district(), getLocale()));
        term(list, "triage.case.language", Texts.language(summary.language(), getLocale()));
        term(
                list,
                "triage.case.assignee",
                summary.assignee() == null
                        ? getTranslation("triage.case.unassigned")
                        : summary.assignee().displayName()
                                + (summary.assignee().team() == null
                                        ? ""
                                        : " (" + summary.assignee().team() + ")"));
        return section("case-summary-section", "triage.case.summary", list);
    }

    private Section detailsSection(ApplicationView details) {
        var list = new DescriptionList();
        list.setId("case-details");
        term(list, "triage.case.needs", Texts.orNone(details.needs(), getLocale()));
        if (!details.household().isEmpty()) {
            term(
                    list,
                    "triage.case.household",
                    details.household().stream()
                            .map(member -> member.name()
                                    + (member.relation() == null ? "" : ", " + member.relation())
                                    + (member.birthYear() == null ? "" : ", " + member.birthYear()))
                            .collect(Collectors.joining("\n")));
        }
        var contact = details.contact();
        if (contact != null) {
            String how = getTranslation("triage.contact." + contact.channel().name())
                    + (contact.value() == null ? "" : ": " + contact.value());
            if (!contact.discretion().isEmpty()) {
                how += "\n"
                        + getTranslation(
                                "triage.contact.discretion",
                                contact.discretion().stream()
                                        .map(wish -> getTranslation("triage.discretion." + wish.name()))
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
            }
            term(list, "triage.case.contact", how);
        }
        if (!details.attachments().isEmpty()) {
            term(
                    list,
                    "triage.case.attachments",
                    details.attachments().stream().map(a -> a.displayName()).collect(Collectors.joining("\n")));
        }
        return section("case-details-section", "triage.case.details", list);
    }

    private Section hiddenDetails() {
        var note = new Paragraph(getTranslation("triage.case.details.hidden"));
        note.setId("case-details-hidden");
        return section("case-details-section", "triage.case.details", note);
    }

    private Section routingSection(CaseSummary summary) {
        var section = section("case-routing", "triage.case.routing");
        if (!summary.status().isOpen()) {
            section.add(new Paragraph(getTranslation("triage.case.closed")));
            return section;
        }
        RoutingBoard board = routing.board(actor).block(WAIT);
        var suggestion = new Paragraph(
                getTranslation("triage.case.suggestion", board.suggest(summary).reason(getLocale())));
        suggestion.setId("case-suggestion");
        section.add(suggestion);
        var buttons = new Div();
        buttons.addClassName("triage-actions");
        if (actor.has(Role.ORGANISER)) {
            var assign = new Button(
                    getTranslation(summary.assignee() == null ? "triage.action.assign" : "triage.action.reassign"),
                    click -> new AssignDialog(assignments, actor, summary, board, done -> {
                                render();
                                feedback.ok(getTranslation(
                                        "triage.assign.done",
                                        done.reference(),
                                        done.assignee().displayName()));
                            })
                            .open());
            assign.setId("case-assign");
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(assign);
        } else if (summary.assignee() == null && actor.has(RoutingSuggestions.roleFor(summary.kind()))) {
            var take = new Button(getTranslation("triage.action.take"), click -> {
                try {
                    var done = assignments.take(actor, summary.id()).block(WAIT);
                    render();
                    feedback.ok(getTranslation("triage.assign.taken", done.reference()));
                } catch (DomainException refused) {
                    feedback.error(Texts.error(refused, getLocale()));
                }
            });
            take.setId("case-take");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(take);
        }
        section.add(buttons);
        return section;
    }

    private Section outcomeSection(CaseSummary summary) {
        var section = section("case-outcome", "triage.case.outcome");
        var forward = new Button(getTranslation("triage.case.forward"), click -> openForward(summary));
        forward.setId("case-forward");
        var refuse = new Button(getTranslation("triage.case.refuse"), click -> openRefuse(summary));
        refuse.setId("case-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var buttons = new Div(forward, refuse);
        buttons.addClassName("triage-actions");
        section.add(buttons);
        return section;
    }

    /** FORWARD and NOT_QUALIFIED lead straight to their dialog; PLAN says what comes next. */
    private void afterAssessment(CaseSummary summary, NeedsAssessment saved) {
        render();
        String done = getTranslation("triage.assessment.saved", saved.version());
        switch (saved.form().outcome()) {
            case FORWARD -> {
                feedback.ok(done);
                openForward(summary);
            }
            case NOT_QUALIFIED -> {
                feedback.ok(done);
                openRefuse(summary);
            }
            case PLAN -> feedback.ok(done + " " + getTranslation("triage.assessment.next.PLAN"));
        }
    }

    private void openForward(CaseSummary summary) {
        OutcomeDialogs.forward(backOffice, actor, summary, done -> {
                    render();
                    feedback.ok(getTranslation("triage.forward.done", done.reference()));
                })
                .open();
    }

    private void openRefuse(CaseSummary summary) {
        OutcomeDialogs.refuse(backOffice, actor, summary, done -> {
                    render();
                    feedback.ok(getTranslation("triage.refuse.done"));
                })
                .open();
    }

    private Section messagesSection(CaseSummary summary) {
        var section = section("case-messages", "triage.messages.title");
        List<ApplicationMessage> thread =
                messages.thread(actor, summary.id()).collectList().block(WAIT);
        var list = new OrderedList();
        list.setId("message-thread");
        list.addClassName("triage-thread");
        if (thread.isEmpty()) {
            section.add(new Paragraph(getTranslation("triage.messages.empty")));
        }
        for (ApplicationMessage message : thread) {
            var who = new Span((message.fromCentre()
                            ? getTranslation("triage.messages.from-centre", message.authorName())
                            : getTranslation("triage.messages.from-resident"))
                    + " · " + Texts.dateTime(message.sentAt(), getLocale()));
            who.addClassName("message-meta");
            var text = new Paragraph(message.text());
            text.addClassName("preserve-lines");
            list.add(new ListItem(who, text));
        }
        section.add(list);
        if (actsOn(summary)) {
            var text = new TextArea(getTranslation("triage.messages.new"));
            text.setId("message-text");
            text.setMaxLength(ApplicationMessages.MAX_LENGTH);
            text.setWidthFull();
            var send = new Button(getTranslation("triage.messages.send"), click -> {
                try {
                    messages.send(actor, summary.id(), text.getValue()).block(WAIT);
                    render();
                    feedback.ok(getTranslation("triage.messages.sent"));
                } catch (DomainException refused) {
                    text.setErrorMessage(Texts.error(refused, getLocale()));
                    text.setInvalid(true);
                }
            });
            send.setId("message-send");
            section.add(text, send);
        }
        return section;
    }

    private Section historySection(List<StatusChange> history) {
        var section = section("case-history", "triage.history.title");
        var list = new OrderedList();
        for (StatusChange change : history) {
            var item = new ListItem(getTranslation(
                    "triage.history.item",
                    Texts.dateTime(change.at(), getLocale()),
                    getTranslation("triage.status." + change.status().name())));
            if (change.note() != null) {
                var note = new Paragraph(change.note());
                note.addClassName("preserve-lines");
                item.add(note);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section section(String id, String titleKey, com.vaadin.flow.component.Component... content) {
        var heading = new H2(getTranslation(titleKey));
        heading.setId(id + "-title");
        var section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        section.add(content);
        return section;
    }

    private void term(DescriptionList list, String key, String value) {
        var description = new DescriptionList.Description(value);
        description.addClassName("preserve-lines");
        list.add(new DescriptionList.Term(getTranslation(key)), description);
    }

    private static Optional<ApplicationId> parse(String value) {
        try {
            return Optional.of(new ApplicationId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
