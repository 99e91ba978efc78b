package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import pl.cus.portal.intake.ApplicationMessage;
import pl.cus.portal.intake.ApplicationMessages;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;

/** The thread with the resident and, for those who act on the case, a new message. */
class CaseMessagesSection extends TitledSection {

    /**
     * @param write whether the viewer may write to the resident
     * @param sent told the confirmation after a message went out
     */
    CaseMessagesSection(
            ServiceCalls calls,
            ApplicationMessages messages,
            Actor actor,
            CaseSummary summary,
            boolean write,
            Feedback feedback,
            Locale locale,
            Consumer<String> sent) {
        super("case-messages", "triage.messages.title");
        var formats = Formats.of(locale);
        List<ApplicationMessage> thread = calls.list(messages.thread(actor, summary.id()));
        var list = new OrderedList();
        list.setId("message-thread");
        list.addClassName("triage-thread");
        if (thread.isEmpty()) {
            add(new Paragraph(getTranslation("triage.messages.empty")));
        }
        for (ApplicationMessage message : thread) {
            var who = new Span((message.fromCentre()
                            ? getTranslation("triage.messages.from-centre", message.authorName())
                            : getTranslation("triage.messages.from-resident"))
                    + " · " + formats.dateTime(message.sentAt()));
            who.addClassName("message-meta");
            var text = new Paragraph(message.text());
            text.addClassName("preserve-lines");
            list.add(new ListItem(who, text));
        }
        add(list);
        if (write) {
            var text = new TextArea(getTranslation("triage.messages.new"));
            text.setId("message-text");
            text.setMaxLength(ApplicationMessages.MAX_LENGTH);
            text.setWidthFull();
            var send = new Button(getTranslation("triage.messages.send"), click -> {
                if (calls.succeeded(
                        messages.send(actor, summary.id(), text.getValue()),
                        feedback,
                        FieldErrors.none().with("text", text))) {
                    sent.accept(getTranslation("triage.messages.sent"));
                }
            });
            send.setId("message-send");
            add(text, send);
        }
    }
}
