package pl.cus.portal.shared.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Polish unless the visitor chose another language (remembered in a cookie); sets {@code <html lang>} to match. */
@Component
class LocaleSelection implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var language = chosen(VaadinRequest.getCurrent()).orElse(Languages.POLISH);
            init.getUI().setLocale(language.locale());
            init.getUI().getElement().executeJs("document.documentElement.lang = $0", language.tag());
        });
    }

    static Optional<Languages> chosen(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> Languages.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .flatMap(Languages::byTag);
    }
}
