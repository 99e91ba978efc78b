package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.ClosureRecord;
import pl.cus.portal.plans.MeetingAgreement;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.MeetingRecord;
import pl.cus.portal.plans.MonitoringNote;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanClosure;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanMeeting;
import pl.cus.portal.plans.PlanOutcome;
import pl.cus.portal.plans.PlanRenewal;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;

/**
 * The plan's course on the back-office plan page (decision 0019): the meetings with a form dialog and a printable
 * page of agreements each, the monitoring notes, the renewal and the closure with the summary. Forms are shown only
 * to the writers ({@code writer}) and only when the plan's state allows them; {@link PlanLifecycle} decides anyway.
 */
class PlanLifecycleSections extends Div {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PlanLifecycle lifecycle;
    private final Actor actor;
    private final ApplicationId id;
    private final Plan plan;
    private final boolean writer;
    private final Runnable refresh;
    private final Consumer<String> say;
    private final LocalDate today;

    PlanLifecycleSections(
            PlanLifecycle lifecycle,
            Actor actor,
            ApplicationId id,
            Plan plan,
            boolean writer,
            Runnable refresh,
            Consumer<String> say,
            LocalDate today) {
        this.today = today;
        this.lifecycle = lifecycle;
        this.actor = actor;
        this.id = id;
        this.plan = plan;
        this.writer = writer && (plan == null || !plan.closed());
        this.refresh = refresh;
        this.say = say;
        addClassName("plans-lifecycle");
    }

    /** Builds the sections; called once the component has its locale. */
    PlanLifecycleSections build() {
        add(meetings());
        if (plan != null) {
            add(monitoring(), renewal(), closure());
        }
        return this;
    }

    // ---- meetings

    private Section meetings() {
        var section = new Section(new H2(getTranslation("plans.meetings.title")));
        section.setId("plan-meetings-section");
        section.add(new Paragraph(getTranslation("plans.meetings.intro")));
        List<PlanMeeting> meetings =
                load(() -> lifecycle.meetings(actor, id).collectList().block(WAIT), List.of());
        if (meetings.isEmpty()) {
            section.add(new Paragraph(getTranslation("plans.meetings.none")));
        } else {
            var list = new UnorderedList();
            list.setId("plan-meetings");
            for (PlanMeeting m : meetings) {
                long present = m.participants().stream()
                        .filter(MeetingParticipant::attended)
                        .count();
                var item = new ListItem(new H3(getTranslation("plans.meetings.item", date(m.heldOn()))));
                item.add(new Paragraph(getTranslation(
                        "plans.meetings.item-facts",
                        present,
                        m.participants().size(),
                        m.agreements().size(),
                        date(m.nextMeetingOn()))));
                var print = new Anchor(
                        "backoffice/cases/" + id + "/plan/meetings/" + m.id(),
                        getTranslation("plans.meetings.print-link", date(m.heldOn())));
                print.setId("plan-meeting-print-" + m.id());
                item.add(print);
                list.add(item);
            }
            section.add(list);
        }
        if (writer) {
            var record = new Button(getTranslation("plans.meetings.new"), click -> new MeetingDialog().open());
            record.setId("plan-meeting-new");
            section.add(record);
        }
        return section;
    }

    /** The meeting form, following the recommended stages. */
    private final class MeetingDialog extends Dialog {

        private final DatePicker heldOn = new DatePicker(getTranslation("plans.meeting.held-on"));
        private final Div people = new Div();
        private final List<ParticipantRow> participants = new ArrayList<>();
        private final TextArea goingWell = area("plans.meeting.going-well", "meeting-going-well");
        private final TextArea concerns = area("plans.meeting.concerns", "meeting-concerns");
        private final TextArea options = area("plans.meeting.options", "meeting-options");
        private final TextArea chosen = area("plans.meeting.chosen", "meeting-chosen");
        private final Div agreed = new Div();
        private final List<AgreementRow> agreements = new ArrayList<>();
        private final DatePicker next = new DatePicker(getTranslation("plans.meeting.next"));
        private final Div feedback = new Div();
        private LocalDate suggested;

        MeetingDialog() {
            setId("plan-meeting-dialog");
            setHeaderTitle(getTranslation("plans.meeting.title"));
            setWidth("min(60rem, 95vw)");
            heldOn.setId("meeting-held-on");
            heldOn.setMax(today);
            next.setId("meeting-next");
            next.setHelperText(getTranslation("plans.meeting.next-help"));
            heldOn.addValueChangeListener(change -> {
                // A month later unless the coordinator chose another day.
                if (change.getValue() != null
                        && (next.isEmpty() || next.getValue().equals(suggested))) {
                    suggested = change.getValue().plusMonths(1);
                    next.setValue(suggested);
                }
            });
            heldOn.setValue(today);
            feedback.getElement().setAttribute("role", "status");
            feedback.setId("meeting-feedback");
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
            people.add(row.box);
        }

        private void addAgreement() {
            var row = new AgreementRow(agreements.size() + 1);
            agreements.add(row);
            agreed.add(row.box);
        }

        private void save() {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.put("heldOn", heldOn);
            fields.put("nextMeetingOn", next);
            fields.put("goingWell", goingWell);
            fields.put("concerns", concerns);
            fields.put("options", options);
            fields.put("chosenServices", chosen);
            List<MeetingParticipant> given = new ArrayList<>();
            for (ParticipantRow row : participants) {
                if (row.blank()) {
                    continue;
                }
                fields.put("participants[" + given.size() + "].name", row.name);
                fields.put("participants[" + given.size() + "].role", row.role);
                given.add(new MeetingParticipant(row.name.getValue(), row.role.getValue(), row.attended.getValue()));
            }
            List<MeetingAgreement> promised = new ArrayList<>();
            for (AgreementRow row : agreements) {
                if (row.blank()) {
                    continue;
                }
                fields.put("agreements[" + promised.size() + "].who", row.who);
                fields.put("agreements[" + promised.size() + "].what", row.what);
                fields.put("agreements[" + promised.size() + "].by", row.by);
                promised.add(new MeetingAgreement(row.who.getValue(), row.what.getValue(), row.by.getValue()));
            }
            fields.values().forEach(field -> field.setInvalid(false));
            var record = new MeetingRecord(
                    heldOn.getValue(),
                    given,
                    goingWell.getValue(),
                    concerns.getValue(),
                    options.getValue(),
                    chosen.getValue(),
                    promised,
                    next.getValue());
            try {
                lifecycle.recordMeeting(actor, id, record).block(WAIT);
                close();
                refresh.run();
                say.accept(getTranslation("plans.meeting.saved"));
            } catch (InvalidInput e) {
                for (var error : e.errors()) {
                    HasValidation field = fields.get(error.field());
                    String text = PlanTexts.error(PlanLifecycleSections.this, error.messageKey(), error.message());
                    if (field != null) {
                        invalid(field, text);
                    } else {
                        feedback.setText(text);
                    }
                }
                if (feedback.getText().isEmpty()) {
                    feedback.setText(getTranslation("plans.editor.fix"));
                }
            } catch (DomainException e) {
                feedback.setText(PlanTexts.error(PlanLifecycleSections.this, e));
            }
        }

        private final class ParticipantRow {
            final Div box = new Div();
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
                box.addClassName("plans-item");
                box.add(name, role, attended);
            }

            boolean blank() {
                return name.getValue().isBlank() && role.getValue().isBlank();
            }
        }

        private final class AgreementRow {
            final Div box = new Div();
            final TextField who = new TextField();
            final TextField what = new TextField();
            final DatePicker by = new DatePicker();

            AgreementRow(int n) {
                who.setLabel(getTranslation("plans.meeting.agreement-who", n));
                who.setId("meeting-agreement-" + n + "-who");
                what.setLabel(getTranslation("plans.meeting.agreement-what", n));
                what.setId("meeting-agreement-" + n + "-what");
                what.setWidthFull();
                by.setLabel(getTranslation("plans.meeting.agreement-by", n));
                by.setId("meeting-agreement-" + n + "-by");
                by.setHelperText(getTranslation("plans.meeting.agreement-by-help"));
                // Agreements are usually due by the next meeting; the coordinator may choose another day.
                by.setValue(next.getValue());
                box.addClassName("plans-item");
                box.add(who, what, by);
            }

            boolean blank() {
                return who.getValue().isBlank() && what.getValue().isBlank() && by.isEmpty();
            }
        }
    }

    // ---- monitoring

    private Section monitoring() {
        var section = new Section(new H2(getTranslation("plans.monitoring.title")));
        section.setId("plan-monitoring-section");
        if (writer && plan.inForce()) {
            var on = new DatePicker(getTranslation("plans.monitoring.date"));
            on.setId("monitoring-date");
            on.setValue(today);
            on.setMax(today);
            var text = new TextArea(getTranslation("plans.monitoring.text"));
            text.setId("monitoring-text");
            text.setWidthFull();
            var save = new Button(getTranslation("plans.monitoring.save"), click -> {
                text.setInvalid(false);
                on.setInvalid(false);
                try {
                    lifecycle.note(actor, id, on.getValue(), text.getValue()).block(WAIT);
                    refresh.run();
                    say.accept(getTranslation("plans.monitoring.saved"));
                } catch (InvalidInput e) {
                    for (var error : e.errors()) {
                        invalid(
                                "notedOn".equals(error.field()) ? on : text,
                                PlanTexts.error(this, error.messageKey(), error.message()));
                    }
                } catch (DomainException e) {
                    say.accept(PlanTexts.error(this, e));
                }
            });
            save.setId("monitoring-save");
            section.add(on, text, save);
        } else if (!plan.closed() && plan.preparedOn() == null) {
            section.add(new Paragraph(getTranslation("plans.monitoring.not-yet")));
        }
        List<MonitoringNote> notes =
                load(() -> lifecycle.notes(actor, id).collectList().block(WAIT), List.of());
        if (notes.isEmpty()) {
            section.add(new Paragraph(getTranslation("plans.monitoring.none")));
        } else {
            var list = new UnorderedList();
            list.setId("plan-notes");
            notes.forEach(note -> list.add(new ListItem(
                    getTranslation("plans.monitoring.item", date(note.notedOn()), note.author(), note.text()))));
            section.add(list);
        }
        return section;
    }

    // ---- renewal

    private Section renewal() {
        var section = new Section(new H2(getTranslation("plans.renewal.title")));
        section.setId("plan-renewal-section");
        boolean inForceVersion = plan.inForce() && plan.agreed() && plan.approved();
        if (!writer || plan.closed()) {
            section.add(
                    new Paragraph(getTranslation(plan.closed() ? "plans.renewal.closed" : "plans.renewal.readonly")));
            return section;
        }
        if (!inForceVersion) {
            section.add(new Paragraph(getTranslation("plans.renewal.not-yet")));
            return section;
        }
        LocalDate start = plan.current().to().plusDays(1);
        section.add(new Paragraph(getTranslation("plans.renewal.intro", date(start))));
        var to = new DatePicker(getTranslation("plans.renewal.to"));
        to.setId("renewal-to");
        LocalDate earliest = start.plusMonths(3).minusDays(1);
        LocalDate latest = start.plusMonths(12).minusDays(1);
        to.setMin(earliest);
        to.setMax(latest);
        to.setHelperText(getTranslation("plans.editor.to-help", date(earliest), date(latest)));
        var goals = new TextArea(getTranslation("plans.renewal.goals"));
        goals.setId("renewal-goals");
        goals.setHelperText(getTranslation("plans.renewal.goals-help"));
        goals.setWidthFull();
        var reason = new TextField(getTranslation("plans.renewal.reason"));
        reason.setId("renewal-reason");
        reason.setWidthFull();
        var renew = new Button(getTranslation("plans.renewal.save"), click -> {
            to.setInvalid(false);
            reason.setInvalid(false);
            goals.setInvalid(false);
            try {
                lifecycle
                        .renew(actor, id, new PlanRenewal(to.getValue(), goals.getValue(), reason.getValue()))
                        .block(WAIT);
                refresh.run();
                say.accept(getTranslation("plans.renewal.saved"));
            } catch (InvalidInput e) {
                for (var error : e.errors()) {
                    HasValidation field = switch (error.field()) {
                        case "reason" -> reason;
                        case "goals" -> goals;
                        default -> to;
                    };
                    invalid(field, PlanTexts.error(this, error.messageKey(), error.message()));
                }
            } catch (DomainException e) {
                say.accept(PlanTexts.error(this, e));
            }
        });
        renew.setId("renewal-save");
        section.add(to, goals, reason, renew);
        return section;
    }

    // ---- closure

    private Section closure() {
        var section = new Section(new H2(getTranslation("plans.closure.title")));
        section.setId("plan-closure-section");
        if (plan.closed()) {
            section.add(closed(plan.closure()));
            return section;
        }
        if (!writer) {
            section.add(new Paragraph(getTranslation("plans.closure.readonly")));
            return section;
        }
        if (!plan.inForce()) {
            section.add(new Paragraph(getTranslation("plans.closure.not-yet")));
            return section;
        }
        section.add(new Paragraph(getTranslation("plans.closure.intro")));
        var summaryOn = new DatePicker(getTranslation("plans.closure.summary-on"));
        summaryOn.setId("closure-summary-on");
        summaryOn.setValue(today);
        summaryOn.setMax(today);
        var notes = new TextArea(getTranslation("plans.closure.summary-notes"));
        notes.setId("closure-summary-notes");
        notes.setWidthFull();
        var course = new TextArea(getTranslation("plans.closure.course"));
        course.setId("closure-course");
        course.setHelperText(getTranslation("plans.closure.course-help"));
        course.setWidthFull();
        var outcome = new RadioButtonGroup<PlanOutcome>(getTranslation("plans.closure.outcome"));
        outcome.setId("closure-outcome");
        outcome.setItems(PlanOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("plans.outcome." + o.name()));
        var reason = new TextArea(getTranslation("plans.closure.reason"));
        reason.setId("closure-reason");
        reason.setHelperText(getTranslation("plans.closure.reason-help"));
        reason.setWidthFull();
        var close = new Button(getTranslation("plans.closure.save"), click -> {
            List.<HasValidation>of(summaryOn, notes, course, outcome, reason).forEach(f -> f.setInvalid(false));
            try {
                lifecycle
                        .close(
                                actor,
                                id,
                                new ClosureRecord(
                                        summaryOn.getValue(),
                                        notes.getValue(),
                                        course.getValue(),
                                        outcome.getValue(),
                                        reason.getValue()))
                        .block(WAIT);
                refresh.run();
                say.accept(getTranslation("plans.closure.saved"));
            } catch (InvalidInput e) {
                for (var error : e.errors()) {
                    HasValidation field = switch (error.field()) {
                        case "summaryOn" -> summaryOn;
                        case "summaryNotes" -> notes;
                        case "courseAndResults" -> course;
                        case "outcome" -> outcome;
                        default -> reason;
                    };
                    invalid(field, PlanTexts.error(this, error.messageKey(), error.message()));
                }
                say.accept(getTranslation("plans.editor.fix"));
            } catch (DomainException e) {
                say.accept(PlanTexts.error(this, e));
            }
        });
        close.setId("closure-save");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(summaryOn, notes, course, outcome, reason, close);
        return section;
    }

    private Div closed(PlanClosure closure) {
        var box = new Div();
        box.setId("plan-closure");
        box.add(new Paragraph(getTranslation(
                "plans.closure.closed",
                date(closure.closedOn()),
                getTranslation("plans.outcome." + closure.outcome().name()),
                closure.closedBy())));
        if (closure.reason() != null) {
            box.add(new Paragraph(getTranslation("plans.closure.closed-reason", closure.reason())));
        }
        box.add(
                new H3(getTranslation("plans.closure.summary-heading", date(closure.summaryOn()))),
                        new Paragraph(closure.summaryNotes()),
                new H3(getTranslation("plans.closure.course")), new Paragraph(closure.courseAndResults()));
        return box;
    }

    // ---- helpers

    private TextArea area(String key, String htmlId) {
        var area = new TextArea(getTranslation(key));
        area.setId(htmlId);
        area.setWidthFull();
        return area;
    }

    private String date(LocalDate date) {
        return PlanTexts.date(date, getLocale());
    }

    private static void invalid(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private <T> T load(java.util.function.Supplier<T> call, T otherwise) {
        try {
            T value = call.get();
            return value == null ? otherwise : value;
        } catch (DomainException e) {
            return otherwise;
        }
    }
}
