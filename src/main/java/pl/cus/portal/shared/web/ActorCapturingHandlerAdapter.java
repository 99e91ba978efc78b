package pl.cus.portal.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServletHttpHandlerAdapter;
import org.springframework.security.core.Authentication;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;

/**
 * Hands the servlet login to the reactive handlers. The security context lives in a thread-local that the
 * handlers' threads do not see, so it is read here, on the servlet thread, and carried as a request attribute.
 */
class ActorCapturingHandlerAdapter extends ServletHttpHandlerAdapter {

    static final String ACTOR_ATTRIBUTE = ActorCapturingHandlerAdapter.class.getName() + ".actor";

    ActorCapturingHandlerAdapter(HttpHandler handler) {
        super(handler);
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        actorOf(request).ifPresent(actor -> request.setAttribute(ACTOR_ATTRIBUTE, actor));
        super.service(withoutUnreadableLanguage(request), response);
    }

    /**
     * The request's own authentication, as the security filter chain that handled it put it (its servlet API wrapper);
     * the static holder only when there is none. The static holder's strategy is process-wide and another Spring
     * context in the same JVM (a second portal in a test) may replace it, which the request's principal is immune to.
     */
    static Optional<Actor> actorOf(ServletRequest request) {
        if (request instanceof HttpServletRequest http
                && http.getUserPrincipal() instanceof Authentication authentication) {
            return Actors.of(authentication);
        }
        return Actors.current();
    }

    /**
     * An {@code Accept-Language} that cannot be parsed ({@code q=abc}) is hidden, as if it had not been sent: handlers
     * read it only to choose their texts' language, and a garbled preference is no reason to fail a request.
     */
    static ServletRequest withoutUnreadableLanguage(ServletRequest request) {
        if (!(request instanceof HttpServletRequest http) || http.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return request;
        }
        try {
            HttpHeaders.readable(http);
            return request;
        } catch (IllegalArgumentException unreadable) {
            return new HttpServletRequestWrapper(http) {
                @Override
                public @Nullable String getHeader(String name) {
                    return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? null : super.getHeader(name);
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name)
                            ? Collections.emptyEnumeration()
                            : super.getHeaders(name);
                }

                @Override
                public Enumeration<String> getHeaderNames() {
                    return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                            .filter(header -> !HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(header))
                            .toList());
                }
            };
        }
    }

    private static final class HttpHeaders {
        static final String ACCEPT_LANGUAGE = "Accept-Language";

        static void readable(HttpServletRequest request) {
            for (String value : Collections.list(request.getHeaders(ACCEPT_LANGUAGE))) {
                Locale.LanguageRange.parse(value);
            }
        }
    }
}
