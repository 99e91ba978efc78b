package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ServiceCalls;

/** Forwarding the application elsewhere (art. 38): where, to whom and why. */
class ForwardDialog extends OutcomeDialog<Forwarding> {

    ForwardDialog(
            ServiceCalls calls,
            BackOfficeApplications backOffice,
            Actor actor,
            CaseSummary application,
            Consumer<CaseSummary> done) {
        super("forward-dialog", "triage.forward.title", Forwarding.class);
        var destination = new Select<Forwarding.Destination>();
        destination.setId("forward-destination");
        destination.setLabel(getTranslation("triage.forward.destination"));
        destination.setItems(Forwarding.Destination.values());
        destination.setItemLabelGenerator(value -> getTranslation("triage.forward.destination." + value.name()));
        var name = new TextField(getTranslation("triage.forward.name"));
        name.setId("forward-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setWidthFull();
        var reason = new TextArea(getTranslation("triage.forward.reason"));
        reason.setId("forward-reason");
        reason.setRequired(true);
        reason.setMaxLength(4000);
        reason.setWidthFull();
        binder.forField(destination).bind("destination");
        binder.forField(name).bind("destinationName");
        binder.forField(reason).bind("reason");
        binder.readRecord(new Forwarding(Forwarding.Destination.CENTRE_TEAM, "", ""));
        add(destination, name, reason, feedback);
        footer(
                calls,
                "triage.forward.confirm",
                "forward-confirm",
                FieldErrors.none().with("to", name).with("reason", reason).with("destination", destination),
                forwarding -> backOffice.forward(actor, application.id(), forwarding),
                done);
    }
}
