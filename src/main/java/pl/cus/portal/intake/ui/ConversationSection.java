package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationMessage;
import pl.cus.portal.intake.ApplicationMessages;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;

/** Messages with the coordinator about one application: read the thread, write a reply. Texts are shown as typed. */
class ConversationSection extends Section {

    private static final Logger log = LoggerFactory.getLogger(ConversationSection.class);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ApplicationMessages messages;
    private final Actor resident;
    private final ApplicationId id;
    private final OrderedList thread = new OrderedList();
    private final TextArea reply = new TextArea();
    private final Paragraph status = new Paragraph();

    ConversationSection(ApplicationMessages messages, Actor resident, ApplicationId id, boolean canWrite) {
        this.messages = messages;
        this.resident = resident;
        this.id = id;
        setId("matter-messages");
        addClassName("conversation");
        thread.setId("message-thread");
        thread.addClassName("message-thread");
        status.setId("message-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
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
        List<ApplicationMessage> all =
                messages.thread(resident, id).collectList().block(WAIT);
        if (all == null || all.isEmpty()) {
            thread.add(new ListItem(getTranslation("intake.messages.none")));
            return;
        }
        for (ApplicationMessage message : all) {
            String who = message.fromCentre()
                    ? getTranslation("intake.messages.from-centre", message.authorName())
                    : getTranslation("intake.messages.from-you");
            var meta = new Paragraph(
                    getTranslation("intake.messages.meta", who, Dates.dateTime(message.sentAt(), getLocale())));
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
        try {
            messages.send(resident, id, reply.getValue()).block(WAIT);
            reply.clear();
            refresh();
            status.setText(getTranslation("intake.messages.sent"));
        } catch (InvalidInput invalid) {
            reply.setErrorMessage(getTranslation("intake.messages.error"));
            reply.setInvalid(true);
            reply.focus();
        } catch (RuntimeException e) {
            log.warn("Sending a message failed", e);
            status.setText(getTranslation("intake.messages.failed"));
        }
    }
}
