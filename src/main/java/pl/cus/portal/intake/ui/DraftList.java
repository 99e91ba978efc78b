package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import pl.cus.portal.intake.Draft;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;

/** The resident's unfinished applications, each to resume or to discard (after a confirmation). */
class DraftList extends Div {

    private final ServiceCalls calls;
    private final Drafts drafts;
    private final Actor resident;
    private final UnorderedList list = new UnorderedList();
    private final Feedback status = new Feedback("draft-list-status");

    DraftList(ServiceCalls calls, Drafts drafts, Actor resident) {
        this.calls = calls;
        this.drafts = drafts;
        this.resident = resident;
        setId("draft-list");
        addClassName("draft-list");
        add(new H2(getTranslation("intake.drafts.title")), status, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Draft> mine = calls.list(drafts.mine(resident));
        if (mine.isEmpty()) {
            list.add(new ListItem(getTranslation("intake.drafts.none")));
            return;
        }
        mine.forEach(draft -> list.add(item(draft)));
    }

    private ListItem item(Draft draft) {
        String kind = Wording.kind(draft.form().kind(), getLocale());
        var formats = Formats.of(getLocale());
        var heading = new H3(kind);
        var saved = new Paragraph(getTranslation("intake.drafts.saved", formats.dateTime(draft.updatedAt())));
        var removal = new Paragraph(getTranslation(
                "intake.drafts.removal", formats.date(LocalDate.ofInstant(draft.removedAfter(), Formats.CENTRE))));
        removal.setId("draft-removal-" + draft.id());
        removal.addClassName("draft-removal");
        var discard = new Button(getTranslation("intake.drafts.discard"));
        discard.setId("draft-discard-" + draft.id());
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> confirmDiscard(draft, kind));
        var item = new ListItem(heading, saved, removal, resumeOrExplanation(draft, kind), discard);
        item.setId("draft-" + draft.id());
        item.addClassName("draft-item");
        return item;
    }

    /** A draft of a missing or unknown kind cannot be opened: say so instead of linking to a form that cannot show it. */
    private Component resumeOrExplanation(Draft draft, String kind) {
        if (draft.form().kind() == null) {
            var unreadable = new Paragraph(getTranslation("intake.drafts.unreadable"));
            unreadable.setId("draft-unreadable-" + draft.id());
            return unreadable;
        }
        var resume =
                new Anchor(IntakePaths.draft(draft.form().kind(), draft.id()), getTranslation("intake.drafts.resume"));
        resume.setId("draft-resume-" + draft.id());
        resume.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "intake.drafts.resume-named",
                                kind,
                                Formats.of(getLocale()).dateTime(draft.updatedAt())));
        return resume;
    }

    private void confirmDiscard(Draft draft, String kind) {
        var dialog = new ConfirmDialog();
        dialog.setId("discard-dialog");
        dialog.setHeader(getTranslation("intake.drafts.discard-title"));
        dialog.setText(getTranslation("intake.drafts.discard-text", kind));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("intake.drafts.discard-cancel"));
        dialog.setConfirmText(getTranslation("intake.drafts.discard-confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            calls.get(drafts.discard(resident, draft.id()));
            refresh();
            status.ok(getTranslation("intake.drafts.discarded"));
        });
        dialog.open();
    }
}
