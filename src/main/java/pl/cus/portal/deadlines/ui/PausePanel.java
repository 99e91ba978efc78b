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
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.deadlines.DeadlinePause;
import pl.cus.portal.deadlines.DeadlinePauses;
import pl.cus.portal.deadlines.PauseReason;
import pl.cus.portal.deadlines.TrackedDeadline;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.CaseAccess;
import pl.cus.portal.shared.DomainException;

/**
 * The selected deadline's pauses (for those who may read the case), and starting or ending one (for its assignee and
 * the organiser). The due date stays.
 */
class PausePanel extends Div {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

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
    private final Paragraph error = new Paragraph();
    private TrackedDeadline current;
    private Loaded loaded;

    PausePanel(DeadlinePauses pauses, Actor actor, Runnable changed) {
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
        start.addClickListener(
                click -> act(() -> pauses.pause(actor, current.applicationId(), reason.getValue(), note.getValue())
                        .block(TIMEOUT)));
        end.setId("pause-end");
        end.setText(getTranslation("deadlines.pause.end"));
        end.addClickListener(
                click -> act(() -> pauses.resume(actor, current.applicationId()).block(TIMEOUT)));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        hint.setText(getTranslation("deadlines.pause.hint"));
        add(heading, hint, history, reason, note, start, end, error);
        show(null);
    }

    void show(TrackedDeadline deadline) {
        current = deadline;
        error.setText("");
        setVisible(deadline != null);
        if (deadline == null) {
            return;
        }
        heading.setText(getTranslation("deadlines.pause.title", deadline.reference()));
        CaseAccess.Rights rights =
                pauses.rights(actor, deadline.applicationId()).block(TIMEOUT);
        // Reading the pauses (their notes) is an audited read of the case: only when the person chose another row
        // or the pause changed, not on every live refresh of the board (which selects the row again).
        Loaded now = new Loaded(deadline.applicationId(), deadline.paused());
        if (!rights.read()) {
            loaded = null;
            history.removeAll();
            history.add(new ListItem(getTranslation("deadlines.pause.not-yours")));
        } else if (!now.equals(loaded)) {
            history(pauses.pauses(actor, deadline.applicationId()).collectList().block(TIMEOUT));
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
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        history.removeAll();
        if (list.isEmpty()) {
            history.add(new ListItem(getTranslation("deadlines.pause.none")));
        }
        for (DeadlinePause pause : list) {
            String reasonText =
                    getTranslation("deadlines.pause.reason." + pause.reason().name());
            String text = pause.open()
                    ? getTranslation(
                            "deadlines.pause.item.open",
                            reasonText,
                            pause.startedOn().format(dates))
                    : getTranslation(
                            "deadlines.pause.item.ended",
                            reasonText,
                            pause.startedOn().format(dates),
                            pause.endedOn().format(dates));
            history.add(new ListItem(pause.note() == null ? text : text + " — " + pause.note()));
        }
    }

    private void act(Runnable action) {
        error.setText("");
        reason.setInvalid(false);
        try {
            action.run();
            loaded = null;
            reason.clear();
            note.clear();
            changed.run();
        } catch (DomainException e) {
            if (e instanceof pl.cus.portal.shared.InvalidInput invalid
                    && invalid.errors().stream().anyMatch(f -> f.field().equals("reason"))) {
                reason.setErrorMessage(
                        getTranslation(invalid.errors().getFirst().messageKey()));
                reason.setInvalid(true);
            }
            error.setText(getTranslation(e.messageKey()));
        }
    }

    private record Loaded(UUID applicationId, boolean paused) {}
}
