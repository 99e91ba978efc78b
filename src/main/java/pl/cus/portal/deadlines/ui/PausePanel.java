package pl.cus.portal.deadlines.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.deadlines.DeadlinePause;
import pl.cus.portal.deadlines.DeadlinePauses;
import pl.cus.portal.deadlines.PauseReason;
import pl.cus.portal.deadlines.TrackedDeadline;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.CaseAccess;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;
import reactor.core.publisher.Mono;

/**
 * The selected deadline's pauses (for those who may read the case), and starting or ending one (for its assignee and
 * the organiser). The due date stays.
 */
class PausePanel extends Div {

    private final ServiceCalls calls;
    private final DeadlinePauses pauses;
    private final Actor actor;
    private final Runnable changed;
    private final H2 heading = new H2();
    private final Paragraph hint = new Paragraph();
    private final UnorderedList history = new UnorderedList();
    private final Select<PauseReason> reason = new Select<>();
    private final TextField note = new TextField();
    private final Button start = new Button();
    private final Button end = new Button();
    private final Feedback error = new Feedback("pause-feedback");
    private TrackedDeadline current;
    private Loaded loaded;

    PausePanel(ServiceCalls calls, DeadlinePauses pauses, Actor actor, Runnable changed) {
        this.calls = calls;
        this.pauses = pauses;
        this.actor = actor;
        this.changed = changed;
        setId("deadline-pauses");
        addClassName("deadline-pauses");
        reason.setId("pause-reason");
        reason.setLabel(getTranslation("deadlines.pause.reason"));
        reason.setItems(PauseReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("deadlines.pause.reason." + r.name()));
        note.setId("pause-note");
        note.setLabel(getTranslation("deadlines.pause.note"));
        note.setHelperText(getTranslation("deadlines.pause.note.help"));
        note.setMaxLength(200);
        start.setId("pause-start");
        start.setText(getTranslation("deadlines.pause.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> act(
                Mono.defer(() -> pauses.pause(actor, current.applicationId(), reason.getValue(), note.getValue()))));
        end.setId("pause-end");
        end.setText(getTranslation("deadlines.pause.end"));
        end.addClickListener(click -> act(Mono.defer(() -> pauses.resume(actor, current.applicationId()))));
        hint.setText(getTranslation("deadlines.pause.hint"));
        add(heading, hint, history, reason, note, start, end, error);
        show(null);
    }

    void show(TrackedDeadline deadline) {
        current = deadline;
        error.clear();
        setVisible(deadline != null);
        if (deadline == null) {
            return;
        }
        heading.setText(getTranslation("deadlines.pause.title", deadline.reference()));
        CaseAccess.Rights rights = calls.get(pauses.rights(actor, deadline.applicationId()));
        // Reading the pauses (their notes) is an audited read of the case: only when the person chose another row
        // or the pause changed, not on every live refresh of the board (which selects the row again).
        Loaded now = new Loaded(deadline.applicationId(), deadline.paused());
        if (!rights.read()) {
            loaded = null;
            history.removeAll();
            history.add(new ListItem(getTranslation("deadlines.pause.not-yours")));
        } else if (!now.equals(loaded)) {
            history(calls.list(pauses.pauses(actor, deadline.applicationId())));
            loaded = now;
        }
        boolean open = deadline.state() != null && pl.cus.portal.deadlines.BoardFilter.OPEN.contains(deadline.state());
        boolean holder = rights.act();
        hint.setVisible(holder);
        reason.setVisible(holder && open && !deadline.paused());
        note.setVisible(holder && open && !deadline.paused());
        start.setVisible(holder && open && !deadline.paused());
        end.setVisible(holder && deadline.paused());
    }

    private void history(List<DeadlinePause> list) {
        var formats = Formats.of(getLocale());
        history.removeAll();
        if (list.isEmpty()) {
            history.add(new ListItem(getTranslation("deadlines.pause.none")));
        }
        for (DeadlinePause pause : list) {
            String reasonText =
                    getTranslation("deadlines.pause.reason." + pause.reason().name());
            String text = pause.open()
                    ? getTranslation("deadlines.pause.item.open", reasonText, formats.shortDate(pause.startedOn()))
                    : getTranslation(
                            "deadlines.pause.item.ended",
                            reasonText,
                            formats.shortDate(pause.startedOn()),
                            formats.shortDate(pause.endedOn()));
            history.add(new ListItem(pause.note() == null ? text : text + " — " + pause.note()));
        }
    }

    private void act(Mono<?> change) {
        error.clear();
        if (calls.succeeded(change, error, FieldErrors.none().with("reason", reason))) {
            loaded = null;
            reason.clear();
            note.clear();
            changed.run();
        }
    }

    private record Loaded(UUID applicationId, boolean paused) {}
}
