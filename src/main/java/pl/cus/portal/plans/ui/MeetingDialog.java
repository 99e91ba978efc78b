package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.cus.portal.plans.MeetingAgreement;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.MeetingRecord;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;

/**
 * The meeting form, following the recommended stages: who came, what goes well, the concerns, the options, the
 * services chosen, the agreements and the next meeting (about a month later unless the coordinator chooses).
 */
class MeetingDialog extends Dialog {

    private final PlanPageContext context;
    private final PlanLifecycle lifecycle;
    private final Binder<PlanForms.MeetingNotes> binder = new Binder<>(PlanForms.MeetingNotes.class);
    private final DatePicker heldOn = new DatePicker(getTranslation("plans.meeting.held-on"));
    private final TextArea goingWell = area("plans.meeting.going-well", "meeting-going-well");
    private final TextArea concerns = area("plans.meeting.concerns", "meeting-concerns");
    private final TextArea options = area("plans.meeting.options", "meeting-options");
    private final TextArea chosen = area("plans.meeting.chosen", "meeting-chosen");
    private final DatePicker next = new DatePicker(getTranslation("plans.meeting.next"));
    private final Div people = new Div();
    private final List<ParticipantRow> participants = new ArrayList<>();
    private final Div agreed = new Div();
    private final List<AgreementRow> agreements = new ArrayList<>();
    private final Feedback feedback = new Feedback("meeting-feedback");
    private LocalDate suggested;

    MeetingDialog(PlanPageContext context, PlanLifecycle lifecycle) {
        this.context = context;
        this.lifecycle = lifecycle;
        setId("plan-meeting-dialog");
        setHeaderTitle(getTranslation("plans.meeting.title"));
        setWidth("min(60rem, 95vw)");
        heldOn.setId("meeting-held-on");
        heldOn.setMax(context.today());
        next.setId("meeting-next");
        next.setHelperText(getTranslation("plans.meeting.next-help"));
        heldOn.addValueChangeListener(change -> {
            // A month later unless the coordinator chose another day.
            if (change.getValue() != null && (next.isEmpty() || next.getValue().equals(suggested))) {
                suggested = change.getValue().plusMonths(1);
                next.setValue(suggested);
            }
        });
        binder.forField(heldOn).bind("heldOn");
        binder.forField(goingWell).bind("goingWell");
        binder.forField(concerns).bind("concerns");
        binder.forField(options).bind("options");
        binder.forField(chosen).bind("chosenServices");
        binder.forField(next).bind("nextMeetingOn");
        heldOn.setValue(context.today());
        addParticipant();
        addAgreement();
        var addPerson = new Button(getTranslation("plans.meeting.add-participant"), click -> addParticipant());
        addPerson.setId("meeting-add-participant");
        var addAgreement = new Button(getTranslation("plans.meeting.add-agreement"), click -> addAgreement());
        addAgreement.setId("meeting-add-agreement");
        add(
                feedback,
                heldOn,
                new H3(getTranslation("plans.meeting.participants")),
                new Paragraph(getTranslation("plans.meeting.participants-help")),
                people,
                addPerson,
                goingWell,
                concerns,
                options,
                chosen,
                new H3(getTranslation("plans.meeting.agreements")),
                agreed,
                addAgreement,
                next);
        var save = new Button(getTranslation("plans.meeting.save"), click -> save());
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("plans.meeting.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void addParticipant() {
        var row = new ParticipantRow(participants.size() + 1);
        participants.add(row);
        people.add(row);
    }

    private void addAgreement() {
        var row = new AgreementRow(agreements.size() + 1, next.getValue());
        agreements.add(row);
        agreed.add(row);
    }

    private void save() {
        var notes = PlanForms.written(binder);
        var fields = FieldErrors.none()
                .with("heldOn", heldOn)
                .with("nextMeetingOn", next)
                .with("goingWell", goingWell)
                .with("concerns", concerns)
                .with("options", options)
                .with("chosenServices", chosen);
        List<MeetingParticipant> given = new ArrayList<>();
        for (ParticipantRow row : participants) {
            if (!row.blank()) {
                fields.with("participants[" + given.size() + "].name", row.name)
                        .with("participants[" + given.size() + "].role", row.role);
                given.add(row.participant());
            }
        }
        List<MeetingAgreement> promised = new ArrayList<>();
        for (AgreementRow row : agreements) {
            if (!row.blank()) {
                fields.with("agreements[" + promised.size() + "].who", row.who)
                        .with("agreements[" + promised.size() + "].what", row.what)
                        .with("agreements[" + promised.size() + "].by", row.by);
                promised.add(row.agreement());
            }
        }
        var record = new MeetingRecord(
                notes.heldOn(),
                given,
                notes.goingWell(),
                notes.concerns(),
                notes.options(),
                notes.chosenServices(),
                promised,
                notes.nextMeetingOn());
        if (context.calls()
                .succeeded(lifecycle.recordMeeting(context.actor(), context.id(), record), feedback, fields)) {
            close();
            context.done(getTranslation("plans.meeting.saved"));
        }
    }

    private TextArea area(String key, String htmlId) {
        var area = new TextArea(getTranslation(key));
        area.setId(htmlId);
        area.setWidthFull();
        return area;
    }

    /** Someone on the attendance list; a row left empty is not sent. */
    private final class ParticipantRow extends Div {
        final TextField name = new TextField();
        final TextField role = new TextField();
        final Checkbox attended = new Checkbox();

        ParticipantRow(int n) {
            name.setLabel(getTranslation("plans.meeting.participant-name", n));
            name.setId("meeting-participant-" + n + "-name");
            role.setLabel(getTranslation("plans.meeting.participant-role", n));
            role.setId("meeting-participant-" + n + "-role");
            attended.setLabel(getTranslation("plans.meeting.participant-attended", n));
            attended.setId("meeting-participant-" + n + "-attended");
            attended.setValue(true);
            addClassName("plans-item");
            add(name, role, attended);
        }

        boolean blank() {
            return name.getValue().isBlank() && role.getValue().isBlank();
        }

        MeetingParticipant participant() {
            return new MeetingParticipant(name.getValue(), role.getValue(), attended.getValue());
        }
    }

    /** Who does what by when; due by the next meeting unless the coordinator chooses another day. */
    private final class AgreementRow extends Div {
        final TextField who = new TextField();
        final TextField what = new TextField();
        final DatePicker by = new DatePicker();

        AgreementRow(int n, LocalDate due) {
            who.setLabel(getTranslation("plans.meeting.agreement-who", n));
            who.setId("meeting-agreement-" + n + "-who");
            what.setLabel(getTranslation("plans.meeting.agreement-what", n));
            what.setId("meeting-agreement-" + n + "-what");
            what.setWidthFull();
            by.setLabel(getTranslation("plans.meeting.agreement-by", n));
            by.setId("meeting-agreement-" + n + "-by");
            by.setHelperText(getTranslation("plans.meeting.agreement-by-help"));
            by.setValue(due);
            addClassName("plans-item");
            add(who, what, by);
        }

        boolean blank() {
            return who.getValue().isBlank() && what.getValue().isBlank() && by.isEmpty();
        }

        MeetingAgreement agreement() {
            return new MeetingAgreement(who.getValue(), what.getValue(), by.getValue());
        }
    }
}
