package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.i18n.Messages;

/**
 * One error handler per session: whatever a view did not handle reaches the person as one sentence in their language
 * (a refusal's own words; otherwise a general sentence with an incident number that is also in the log), never a stack
 * trace.
 */
@Component
class SessionErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = Refusals.unwrap(event.getThrowable());
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.of("pl") : ui.getLocale();
        String text;
        if (cause instanceof DomainException || Refusals.isTimeout(cause)) {
            text = Refusals.text(cause, locale);
        } else {
            text = Messages.get("error.incident", locale, log(cause));
        }
        if (ui != null) {
            ui.access(() -> show(text));
        }
    }

    /** Logs an unexpected failure with a short incident number the person can quote; answers the number. */
    static String log(Throwable error) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}: an unexpected failure in a view", incident, error);
        return incident;
    }

    private static void show(String text) {
        var notification = new Notification(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
    }
}
