package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.RoutingRule;

/** The administrator's form for a district → team rule: a {@link Binder} over {@link RoutingRule}. */
class RuleForm extends Div {

    private final TextField district = new TextField();
    private final TextField team = new TextField();
    private final Binder<RoutingRule> binder = new Binder<>(RoutingRule.class);

    /** @param saved runs after a rule was saved (and the confirmation shown) */
    RuleForm(ServiceCalls calls, Routing routing, Actor actor, Feedback feedback, Runnable saved) {
        district.setId("rule-district");
        district.setLabel(getTranslation("triage.routing.district"));
        district.setRequired(true);
        team.setId("rule-team");
        team.setLabel(getTranslation("triage.routing.rule-team"));
        team.setRequired(true);
        binder.forField(district).bind("district");
        binder.forField(team).bind("team");
        var fields = FieldErrors.none().with("district", district).with("team", team);
        var save = new Button(getTranslation("triage.routing.save-rule"), click -> {
            RoutingRule rule;
            try {
                rule = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            calls.attempt(routing.saveRule(actor, rule), feedback, fields).ifPresent(done -> {
                feedback.ok(getTranslation("triage.routing.rule-saved", done.district()));
                binder.readRecord(new RoutingRule("", ""));
                saved.run();
            });
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(district, team, save);
        addClassName("triage-form");
    }
}
