package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationMessage;
import pl.cus.portal.intake.ApplicationMessages;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;
import reactor.core.publisher.Mono;

/** Messages with the coordinator about one application: read the thread, write a reply. Texts are shown as typed. */
class ConversationSection extends Section {

    private final ServiceCalls calls;
    private final ApplicationMessages messages;
    private final Actor resident;
    private final ApplicationId id;
    private final OrderedList thread = new OrderedList();
    private final TextArea reply = new TextArea();
    private final Feedback status = new Feedback("message-status");

    ConversationSection(
            ServiceCalls calls, ApplicationMessages messages, Actor resident, ApplicationId id, boolean canWrite) {
        this.calls = calls;
        this.messages = messages;
        this.resident = resident;
        this.id = id;
        setId("matter-messages");
        addClassName("conversation");
        thread.setId("message-thread");
        thread.addClassName("message-thread");
        add(new H2(getTranslation("intake.messages.title")), thread);
        if (canWrite) {
            reply.setId("message-reply");
            reply.setLabel(getTranslation("intake.messages.reply"));
            reply.setHelperText(getTranslation("intake.messages.reply-help"));
            reply.setMaxLength(ApplicationMessages.MAX_LENGTH);
            reply.setWidthFull();
            var send = new Button(getTranslation("intake.messages.send"), click -> send());
            send.setId("message-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setDisableOnClick(true);
            send.addClickListener(click -> send.setEnabled(true));
            add(reply, send);
        }
        add(status);
        refresh();
    }

    private void refresh() {
        thread.removeAll();
        List<ApplicationMessage> all = calls.list(messages.thread(resident, id));
        if (all.isEmpty()) {
            thread.add(new ListItem(getTranslation("intake.messages.none")));
            return;
        }
        for (ApplicationMessage message : all) {
            String who = message.fromCentre()
                    ? getTranslation("intake.messages.from-centre", message.authorName())
                    : getTranslation("intake.messages.from-you");
            var meta = new Paragraph(getTranslation(
                    "intake.messages.meta", who, Formats.of(getLocale()).dateTime(message.sentAt())));
            meta.addClassName("message-meta");
            var text = new Paragraph(message.text());
            text.addClassName("message-text");
            var item = new ListItem(meta, text);
            item.addClassName(message.fromCentre() ? "from-centre" : "from-resident");
            thread.add(item);
        }
    }

    private void send() {
        reply.setInvalid(false);
        Mono<ApplicationMessage> sending = messages.send(resident, id, reply.getValue())
                // The resident's own words for an unfit message, on the reply field.
                .onErrorMap(
                        InvalidInput.class,
                        invalid -> InvalidInput.of("text", "intake.messages.error", invalid.getMessage()));
        if (calls.succeeded(sending, status, FieldErrors.none().with("text", reply))) {
            reply.clear();
            refresh();
            status.ok(getTranslation("intake.messages.sent"));
        } else if (reply.isInvalid()) {
            status.clear();
            reply.focus();
        }
    }
}
