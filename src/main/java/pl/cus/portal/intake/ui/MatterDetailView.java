package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationMessages;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.AttachmentInfo;
import pl.cus.portal.intake.StatusChange;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/**
 * One application as its resident sees it: where it stands, the plan's due date, what was asked, and withdrawal.
 * With {@code ?submitted} it opens with the confirmation: the reference number and what happens next. Another
 * resident's application shows exactly the page an unknown address shows.
 */
@Route(value = IntakePaths.MATTERS + "/:id", layout = ResidentLayout.class)
@PermitAll
class MatterDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(MatterDetailView.class);
    private final ServiceCalls calls;
    private final Applications applications;
    private final ApplicationMessages messages;
    private Actor resident;
    private String pageTitle = "";

    MatterDetailView(ServiceCalls calls, Applications applications, ApplicationMessages messages) {
        this.calls = calls;
        this.applications = applications;
        this.messages = messages;
        addClassName("matter-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Actor> actor = ResidentGate.enter(event, this);
        if (actor.isEmpty()) {
            return;
        }
        resident = actor.get();
        Optional<ApplicationView> application =
                event.getRouteParameters().get("id").flatMap(this::find);
        if (application.isEmpty()) {
            pageTitle = getTranslation("intake.not-found.title");
            add(new NotFoundContent());
            return;
        }
        boolean justSent =
                event.getLocation().getQueryParameters().getParameters().containsKey(IntakePaths.SUBMITTED);
        render(application.get(), justSent);
    }

    private Optional<ApplicationView> find(String id) {
        try {
            return calls.find(applications.mine(resident, ApplicationId.of(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void render(ApplicationView application, boolean justSent) {
        removeAll();
        String kind = Wording.kind(application.kind(), getLocale());
        pageTitle = getTranslation("intake.matter.title", kind, application.reference());
        if (justSent) {
            add(confirmation(application));
        } else {
            var title = new H1(pageTitle);
            title.setId("matter-title");
            add(title);
        }
        var reference = new Paragraph(getTranslation("intake.matter.reference", application.reference()));
        reference.setId("matter-reference");
        var status = new Paragraph(
                getTranslation("intake.matters.status", Wording.status(application.status(), getLocale())));
        status.setId("matter-status");
        var due = new Paragraph(Wording.deadline(application.deadlineState(), application.planDueDate(), getLocale()));
        due.setId("matter-due");
        due.addClassName("deadline");
        // The plan lives in the plans module; the link is always there and that page says when there is none yet.
        var plan = new Anchor(
                IntakePaths.MATTERS + "/" + application.id() + "/plan", getTranslation("intake.matter.plan-link"));
        plan.setId("matter-plan-link");
        var summary = new Section(
                new H2(getTranslation("intake.matter.where")),
                reference,
                status,
                due,
                new Paragraph(plan),
                history(application));
        summary.addClassName("matter-summary");
        add(
                summary,
                new ConversationSection(
                        calls,
                        messages,
                        resident,
                        application.id(),
                        application.status().isOpen()),
                new MatterAnswers(application),
                attachments(application),
                new AccessLogSection(calls, applications, resident, application.id()));
        if (application.withdrawable()) {
            add(withdrawal(application));
        }
    }

    private Component confirmation(ApplicationView application) {
        var title = new H1(getTranslation("intake.confirmation.title"));
        title.setId("confirmation-title");
        var reference = new Paragraph(getTranslation("intake.confirmation.reference"));
        var number = new Span(application.reference());
        number.setId("confirmation-reference");
        number.addClassName("reference-number");
        reference.add(new com.vaadin.flow.component.Text(" "), number);
        var next = new OrderedList(
                new ListItem(getTranslation("intake.confirmation.next.1")),
                new ListItem(getTranslation(
                        application.kind() == ApplicationKind.ZA_ZYCIEM
                                ? "intake.confirmation.next.2-za-zyciem"
                                : "intake.confirmation.next.2-ipus")),
                new ListItem(getTranslation(
                        "intake.confirmation.next.3", Formats.of(getLocale()).date(application.planDueDate()))));
        var box = new Section(
                title,
                reference,
                new H2(getTranslation("intake.confirmation.next")),
                next,
                new Paragraph(new Anchor(IntakePaths.MATTERS, getTranslation("intake.confirmation.to-matters"))));
        box.setId("confirmation");
        box.addClassName("confirmation");
        box.getElement().setAttribute("role", "status");
        return box;
    }

    private Component history(ApplicationView application) {
        var list = new OrderedList();
        list.setId("matter-history");
        list.getElement().setAttribute("aria-label", getTranslation("intake.matter.history"));
        for (StatusChange change : application.history()) {
            var item = new ListItem(getTranslation(
                    "intake.matter.history-item",
                    Formats.of(getLocale()).dateTime(change.at()),
                    Wording.history(change.status(), getLocale())));
            if (change.note() != null && !change.note().isBlank()) {
                // Where the application went and why, or the justification and how to appeal: the centre's own words.
                var note = new Paragraph(change.note());
                note.addClassName("matter-history-note");
                item.add(note);
            }
            list.add(item);
        }
        return new Div(new Paragraph(getTranslation("intake.matter.history")), list);
    }

    private Component attachments(ApplicationView application) {
        var section = new Section(new H2(getTranslation("intake.matter.attachments")));
        section.setId("matter-attachments");
        if (application.attachments().isEmpty()) {
            section.add(new Paragraph(getTranslation("intake.document.none")));
            return section;
        }
        var list = new UnorderedList();
        for (AttachmentInfo info : application.attachments()) {
            list.add(new ListItem(info.displayName()));
        }
        section.add(list);
        return section;
    }

    private Component withdrawal(ApplicationView application) {
        var withdraw = new Button(getTranslation("intake.withdraw.action"));
        withdraw.setId("withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(click -> {
            var dialog = new ConfirmDialog();
            dialog.setId("withdraw-dialog");
            dialog.setHeader(getTranslation("intake.withdraw.title"));
            dialog.setText(getTranslation("intake.withdraw.text", application.reference()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("intake.withdraw.cancel"));
            dialog.setConfirmText(getTranslation("intake.withdraw.confirm"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(confirm -> withdraw(application));
            dialog.open();
        });
        var section = new Section(
                new H2(getTranslation("intake.withdraw.heading")),
                new Paragraph(getTranslation("intake.withdraw.explain")),
                withdraw);
        section.addClassName("withdrawal");
        return section;
    }

    private void withdraw(ApplicationView application) {
        try {
            ApplicationView withdrawn = calls.get(applications.withdraw(resident, application.id()));
            render(withdrawn, false);
            var done = new Feedback("withdraw-done");
            done.ok(getTranslation("intake.withdraw.done"));
            addComponentAtIndex(1, done);
        } catch (DomainException.Conflict e) {
            var refused = new Feedback("withdraw-feedback");
            refused.error(getTranslation("intake.withdraw.refused"));
            add(refused);
        } catch (RuntimeException e) {
            log.warn("Withdrawing an application failed", e);
            var failed = new Feedback("withdraw-feedback");
            failed.error(getTranslation("intake.withdraw.failed"));
            add(failed);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
