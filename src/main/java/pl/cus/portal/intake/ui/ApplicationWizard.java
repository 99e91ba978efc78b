package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Draft;
import pl.cus.portal.intake.DraftId;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.intake.Submission;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;

/**
 * A guided form: one topic per page with "Krok 2 z 5", then "check your answers" with the plan's due date, then send.
 * Everything typed is kept in a draft as the resident goes (no save button), and the draft id is the idempotency key,
 * so a double click or a retry sends one application.
 */
abstract class ApplicationWizard extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ApplicationWizard.class);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Applications applications;
    private final Drafts drafts;
    private final Deadlines deadlines;

    private final H1 title = new H1();
    private final Paragraph progress = new Paragraph();
    private final Div errorSummary = new Div();
    private final H2 stepHeading = new H2();
    private final Div stepBody = new Div();
    private final Span saveStatus = new Span();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button send = new Button();

    private Actor resident;
    private DraftId draftId;
    private FormModel model;
    private List<WizardStep> steps = List.of();
    private int current;

    ApplicationWizard(Applications applications, Drafts drafts, Deadlines deadlines) {
        this.applications = applications;
        this.drafts = drafts;
        this.deadlines = deadlines;
        addClassName("intake-wizard");
        title.setId("wizard-title");
        progress.setId("step-progress");
        progress.addClassName("step-progress");
        errorSummary.setId("error-summary");
        errorSummary.addClassName("error-summary");
        errorSummary.getElement().setAttribute("tabindex", "-1");
        stepHeading.setId("step-heading");
        stepHeading.getElement().setAttribute("tabindex", "-1");
        stepBody.addClassName("step-body");
        saveStatus.setId("save-status");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.getElement().setAttribute("aria-live", "polite");

        back.setId("wizard-back");
        back.setText(getTranslation("intake.wizard.back"));
        back.addClickListener(click -> go(current - 1, false));
        next.setId("wizard-next");
        next.setText(getTranslation("intake.wizard.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> go(current + 1, true));
        send.setId("wizard-send");
        send.setText(getTranslation("intake.wizard.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Disabled in the browser at the first click, before the server hears of it: a double click sends once.
        send.setDisableOnClick(true);
        send.addClickListener(click -> submit());
    }

    abstract ApplicationKind kind();

    abstract String titleKey();

    /** The topic pages, without "check your answers", which every form ends with. */
    abstract List<WizardStep> steps(FormModel model, Runnable changed);

    /** A new form may start with something chosen already, e.g. the service the resident came from. */
    void prefill(FormModel model, QueryParameters query) {}

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Actor> actor = ResidentGate.enter(event, this);
        if (actor.isEmpty()) {
            return;
        }
        resident = actor.get();
        Optional<String> requested = event.getRouteParameters().get("draftId");
        if (requested.isPresent()) {
            Optional<Draft> draft = findDraft(requested.get());
            if (draft.isEmpty()) {
                add(new NotFoundContent());
                return;
            }
            if (draft.get().form().kind() != kind()) {
                event.forwardTo(IntakeRoutes.draft(
                        draft.get().form().kind(), draft.get().id()));
                return;
            }
            draftId = draft.get().id();
            model = FormModel.of(draft.get().form());
            steps = steps(model, this::changed);
            current = Math.clamp(draft.get().step(), 0, steps.size());
        } else {
            draftId = null;
            model = new FormModel(kind());
            prefill(model, event.getLocation().getQueryParameters());
            steps = steps(model, this::changed);
            current = 0;
        }
        layout();
        show(current, false);
    }

    private Optional<Draft> findDraft(String id) {
        try {
            // A draft whose kind is missing or no longer known cannot be resumed (the list offers only to delete it).
            return Optional.ofNullable(drafts.find(resident, DraftId.of(id)).block(WAIT))
                    .filter(draft -> draft.form().kind() != null);
        } catch (IllegalArgumentException | DomainException.NotFound e) {
            return Optional.empty();
        }
    }

    private void layout() {
        title.setText(getTranslation(titleKey()));
        var actions = new Div(back, next, send);
        actions.addClassName("wizard-actions");
        add(title, progress, errorSummary, stepHeading, stepBody, actions, saveStatus);
    }

    /** Moves to another page; forward only when this page's answers are complete. */
    private void go(int target, boolean checkFirst) {
        if (checkFirst && current < steps.size()) {
            List<WizardStep.Problem> problems = steps.get(current).validate();
            if (!problems.isEmpty()) {
                showProblems(problems);
                return;
            }
        }
        show(Math.clamp(target, 0, steps.size()), true);
        saveDraft();
    }

    private void show(int index, boolean moveFocus) {
        current = index;
        clearProblems();
        int total = steps.size() + 1;
        progress.setText(getTranslation("intake.wizard.progress", index + 1, total));
        stepBody.removeAll();
        if (index < steps.size()) {
            WizardStep step = steps.get(index);
            stepHeading.setText(getTranslation(step.headingKey()));
            step.shown();
            stepBody.add(step.content());
        } else {
            stepHeading.setText(getTranslation("intake.check.title"));
            stepBody.add(checkAnswers());
        }
        back.setVisible(index > 0);
        next.setVisible(index < steps.size());
        send.setVisible(index == steps.size());
        send.setEnabled(true);
        if (moveFocus) {
            stepHeading.getElement().executeJs("this.focus()");
        }
    }

    private Component checkAnswers() {
        var body = new Div();
        body.addClassName("check-answers");
        body.add(new Paragraph(getTranslation("intake.check.lead")));
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            var section = new Section();
            section.addClassName("answers-section");
            String heading = getTranslation(step.headingKey());
            var list = new DescriptionList();
            for (WizardStep.Answer answer : step.answers()) {
                String shown = answer.answer() == null || answer.answer().isBlank()
                        ? getTranslation("intake.check.no-answer")
                        : answer.answer();
                list.add(new DescriptionList.Term(answer.question()), new DescriptionList.Description(shown));
            }
            int target = i;
            var change = new Button(getTranslation("intake.check.change"), click -> show(target, true));
            change.setId("change-step-" + (i + 1));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            change.setAriaLabel(getTranslation("intake.check.change-section", heading));
            section.add(new H3(heading), list, change);
            body.add(section);
        }
        var due = new Paragraph(getTranslation(
                "intake.check.due-date", Dates.longDate(deadlines.planDueDate(deadlines.today()), getLocale())));
        due.setId("due-date");
        due.addClassName("due-date");
        body.add(
                due,
                new Paragraph(getTranslation(
                        kind() == ApplicationKind.ZA_ZYCIEM
                                ? "intake.check.next-za-zyciem"
                                : "intake.check.next-ipus")));
        return body;
    }

    private void submit() {
        List<WizardStep.Problem> problems = new ArrayList<>();
        int firstInvalid = -1;
        for (int i = 0; i < steps.size(); i++) {
            List<WizardStep.Problem> found = steps.get(i).validate();
            if (!found.isEmpty() && firstInvalid < 0) {
                firstInvalid = i;
            }
            problems.addAll(found);
        }
        if (firstInvalid >= 0) {
            show(firstInvalid, false);
            showProblems(steps.get(firstInvalid).validate());
            return;
        }
        if (!saveDraft()) {
            send.setEnabled(true);
            return;
        }
        try {
            Submission submission = applications
                    .submit(resident, "draft-" + draftId, model.toForm())
                    .block(WAIT);
            discardQuietly();
            UI.getCurrent()
                    .navigate(
                            IntakeRoutes.matter(submission.application().id()),
                            new QueryParameters(Map.of(IntakeRoutes.SUBMITTED, List.of(""))));
        } catch (InvalidInput invalid) {
            showProblems(serverProblems(invalid));
            send.setEnabled(true);
        } catch (RuntimeException e) {
            log.warn("Sending an application failed", e);
            showProblems(List.of(new WizardStep.Problem(getTranslation("intake.wizard.send-failed"), send::focus)));
            send.setEnabled(true);
        }
    }

    private List<WizardStep.Problem> serverProblems(InvalidInput invalid) {
        List<WizardStep.Problem> problems = new ArrayList<>();
        for (InvalidInput.FieldError error : invalid.errors()) {
            String message =
                    translated(error.messageKey()).orElseGet(() -> getTranslation("intake.errors.check-field"));
            Optional<WizardStep.Problem> owned = Optional.empty();
            for (int i = 0; i < steps.size() && owned.isEmpty(); i++) {
                int index = i;
                owned = steps.get(i)
                        .serverError(error.field(), message)
                        .map(problem -> new WizardStep.Problem(problem.message(), () -> {
                            show(index, false);
                            problem.focus().run();
                        }));
            }
            problems.add(owned.orElseGet(() -> new WizardStep.Problem(message, send::focus)));
        }
        return problems;
    }

    private Optional<String> translated(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String text = getTranslation(key);
        return text.startsWith("!") ? Optional.empty() : Optional.of(text);
    }

    private void discardQuietly() {
        try {
            drafts.discard(resident, draftId).block(WAIT);
        } catch (RuntimeException e) {
            // The application is in; a draft left behind is harmless and the resident can discard it.
            log.warn("Could not discard draft {} after sending", draftId, e);
        }
    }

    private void changed() {
        saveDraft();
    }

    /** Saves the form and the page the resident is on; the first save gives the address that resumes it. */
    private boolean saveDraft() {
        try {
            Draft saved =
                    drafts.save(resident, draftId, model.toForm(), current).block(WAIT);
            if (draftId == null) {
                draftId = saved.id();
                UI.getCurrent().getPage().getHistory().replaceState(null, IntakeRoutes.draft(kind(), draftId));
            }
            saveStatus.setText(getTranslation("intake.draft.saved-at", Dates.time(saved.updatedAt())));
            return true;
        } catch (DomainException refused) {
            saveStatus.setText(
                    translated(refused.messageKey()).orElseGet(() -> getTranslation("intake.draft.save-failed")));
            return false;
        } catch (RuntimeException e) {
            log.warn("Saving a draft failed", e);
            saveStatus.setText(getTranslation("intake.draft.save-failed"));
            return false;
        }
    }

    private void clearProblems() {
        errorSummary.removeAll();
        errorSummary.setVisible(false);
    }

    private void showProblems(List<WizardStep.Problem> problems) {
        errorSummary.removeAll();
        var list = new UnorderedList();
        for (WizardStep.Problem problem : problems) {
            var link = new Button(problem.message(), click -> problem.focus().run());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("error-link");
            list.add(new ListItem(link));
        }
        errorSummary.add(new H2(getTranslation("intake.errors.title")), list);
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.setVisible(true);
        errorSummary.getElement().executeJs("this.focus()");
    }
}
