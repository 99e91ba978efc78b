package pl.cus.portal.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in form forgery (issue 14, item 6): {@code POST /login} is refused when the browser says it comes from another
 * site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}) or names an {@code Origin} that is not the portal's
 * own ({@code Origin: null}, which browsers send for the portal's own form under its {@code no-referrer} policy, is
 * left to the other two checks). Together with the CSRF token, which the sign-in form must carry like every other form (Spring Security's
 * {@code CsrfFilter}; Vaadin's login form sends the token from the page's {@code _csrf} meta tags), this keeps another
 * site from signing a visitor in, into any account. A refused attempt goes back to the form with
 * {@code ?error&refused}, where the form says to sign in again; nobody is signed in and no password is checked.
 * Not a bean, so that it runs only inside the UI security chain.
 */
class SignInOriginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInOriginFilter.class);
    static final String REFUSED = "/login?error&refused";
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");
    private static final String OPAQUE = "null";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSignIn(request)) {
            String site = request.getHeader("Sec-Fetch-Site");
            String origin = request.getHeader("Origin");
            if (site != null && FOREIGN_SITES.contains(site.strip().toLowerCase(Locale.ROOT))) {
                log.warn(
                        "Sign-in refused from {}: sent from another site (Sec-Fetch-Site: {})",
                        request.getRemoteAddr(),
                        site);
                refuse(request, response);
                return;
            }
            // The portal's own pages send "Referrer-Policy: no-referrer", and under it browsers send "Origin: null"
            // on every form post, also the portal's own: "null" says nothing either way (Sec-Fetch-Site and the
            // token decide); any other origin must be the portal's.
            if (origin != null && !OPAQUE.equals(origin.strip()) && !sameOrigin(origin, request)) {
                log.warn(
                        "Sign-in refused from {}: sent from origin {}, not {}",
                        request.getRemoteAddr(),
                        printable(origin),
                        ownOrigin(request));
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && "/login"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()));
    }

    /**
     * The UI chain's answer to a refusal: a sign-in without a valid CSRF token goes back to the form like a foreign one;
     * anything else goes to {@code otherwise}.
     */
    static AccessDeniedHandler deniedHandler(AccessDeniedHandler otherwise) {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException && isSignIn(request)) {
                log.warn(
                        "Sign-in refused from {}: no valid CSRF token ({})",
                        request.getRemoteAddr(),
                        simpleName(denied));
                refuse(request, response);
            } else {
                otherwise.handle(request, response, denied);
            }
        };
    }

    /**
     * Scheme, host and port of the {@code Origin} header against the address this request was made to (behind a proxy,
     * as the forwarded headers say when {@code server.forward-headers-strategy} is set). {@code Origin: null} is not
     * an origin that can be compared, so it is never the portal's.
     */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getScheme() == null
                    || uri.getHost() == null
                    || uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
                return false;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(scheme, uri.getPort())
                            == port(request.getScheme().toLowerCase(Locale.ROOT), request.getServerPort());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    /** A header value for the log: at most 100 characters, nothing that could forge a log line. */
    private static String printable(String value) {
        String shortened = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return shortened.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static int port(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }

    private static String simpleName(AccessDeniedException denied) {
        return denied.getClass().getSimpleName();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + REFUSED);
    }
}
