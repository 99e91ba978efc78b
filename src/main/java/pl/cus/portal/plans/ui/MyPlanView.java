package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.MeetingAgreements;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanClosure;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/**
 * The resident's plan in plain words: what, from whom, where and when, for how long, the goals in the family's words;
 * agree to it or say what should change. Someone else's plan reads exactly like a missing one.
 */
@Route(value = "portal/matters/:id/plan", layout = ResidentLayout.class)
@PermitAll
class MyPlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceCalls calls;
    private final Plans plans;
    private final PlanLifecycle lifecycle;
    private final Feedback feedback = new Feedback("my-plan-feedback");
    private Actor resident;
    private ApplicationId id;
    private String title = "";

    MyPlanView(ServiceCalls calls, Plans plans, PlanLifecycle lifecycle) {
        this.calls = calls;
        this.plans = plans;
        this.lifecycle = lifecycle;
        addClassName("plans-mine");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Actor> actor = Actors.current();
        if (actor.isEmpty()) {
            event.rerouteTo("login");
            return;
        }
        resident = actor.get();
        id = event.getRouteParameters().get("id").flatMap(MyPlanView::parse).orElse(null);
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        title = getTranslation("plans.mine.title");
        var heading = new H1(title);
        heading.setId("my-plan-title");
        var back = new Anchor("portal/matters/" + (id == null ? "" : id), getTranslation("plans.mine.back"));
        back.addClassName("secondary-link");
        add(back, heading, feedback);
        Optional<Plan> plan = id == null ? Optional.empty() : calls.find(plans.current(resident, id));
        Formats formats = Formats.of(getLocale());
        if (plan.isEmpty()) {
            add(new Paragraph(getTranslation("plans.mine.none")));
            agreements().ifPresent(this::add);
            return;
        }
        PlanVersion v = plan.get().current();
        add(new Paragraph(getTranslation("plans.mine.period", formats.date(v.from()), formats.date(v.to()))));
        var services = new Section(new H2(getTranslation("plans.mine.services")));
        for (PlanItem item : v.items()) {
            var box = new Div(new H3(item.serviceName()));
            box.addClassName("plans-item");
            var facts = new UnorderedList(
                    new ListItem(getTranslation("plans.mine.provider", item.provider())),
                    new ListItem(getTranslation("plans.mine.place", item.place())),
                    new ListItem(getTranslation("plans.mine.schedule", item.schedule())));
            box.add(facts);
            services.add(box);
        }
        add(services, new Section(new H2(getTranslation("plans.mine.goals")), new Paragraph(v.goals())));
        if (v.reason() != null) {
            add(new Paragraph(getTranslation("plans.mine.changed", v.reason())));
        }
        if (plan.get().closed()) {
            add(closed(plan.get().closure()));
        } else {
            add(decision(plan.get()));
        }
        agreements().ifPresent(this::add);
    }

    /** The agreements of the family's meetings, when there are any. */
    private Optional<Section> agreements() {
        List<MeetingAgreements> meetings = id == null
                ? List.of()
                : calls.find(lifecycle.agreements(resident, id).collectList()).orElse(List.of());
        return meetings.isEmpty() ? Optional.empty() : Optional.of(new MyMeetingsSection(meetings));
    }

    private Section closed(PlanClosure closure) {
        var section = new Section(new H2(getTranslation("plans.mine.closed-title")));
        section.setId("my-plan-closed");
        section.add(new Paragraph(getTranslation(
                "plans.mine.closed-" + closure.outcome().name().toLowerCase(java.util.Locale.ROOT),
                Formats.of(getLocale()).date(closure.closedOn()))));
        section.add(new H3(getTranslation("plans.mine.closed-course")), new Paragraph(closure.courseAndResults()));
        return section;
    }

    private Section decision(Plan plan) {
        var section = new Section(new H2(getTranslation("plans.mine.decision")));
        PlanVersion v = plan.current();
        if (plan.agreed()) {
            section.add(new Paragraph(
                    getTranslation("plans.mine.agreed", Formats.of(getLocale()).date(v.agreedOn()))));
            section.add(new Paragraph(
                    plan.approved() ? getTranslation("plans.mine.ready") : getTranslation("plans.mine.waiting")));
            return section;
        }
        if (plan.changeRequest() != null) {
            section.add(new Paragraph(getTranslation("plans.mine.requested", plan.changeRequest())));
        }
        var agree = new Button(getTranslation("plans.mine.agree"), click -> agree());
        agree.setId("my-plan-agree");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var message = new TextArea(getTranslation("plans.mine.message"));
        message.setId("my-plan-message");
        message.setHelperText(getTranslation("plans.mine.message-help"));
        message.setWidthFull();
        var ask = new Button(getTranslation("plans.mine.ask"), click -> ask(message));
        ask.setId("my-plan-ask");
        section.add(new Paragraph(getTranslation("plans.mine.agree-help")), agree, message, ask);
        return section;
    }

    private void agree() {
        if (calls.succeeded(plans.agree(resident, id), feedback)) {
            render();
            feedback.ok(getTranslation("plans.mine.agreed-now"));
        }
    }

    private void ask(TextArea message) {
        var fields = FieldErrors.none().with("message", message);
        if (calls.succeeded(plans.requestChanges(resident, id, message.getValue()), feedback, fields)) {
            render();
            feedback.ok(getTranslation("plans.mine.asked-now"));
        }
    }

    private static Optional<ApplicationId> parse(String value) {
        try {
            return Optional.of(ApplicationId.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
