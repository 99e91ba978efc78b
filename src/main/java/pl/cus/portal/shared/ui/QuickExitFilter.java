package pl.cus.portal.shared.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The server half of the quick exit ({@code GET /quick-exit}): ends the person's session and sends the browser on to
 * the neutral site with {@code 303}, so that nothing signed in is left behind the tab's Back button. Runs before the
 * security filters: it only ever ends the caller's own session, for anyone, signed in or not.
 *
 * <p>A page of another site cannot sign a resident out with it: a request that the browser marks as coming from
 * another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}) is sent on to the neutral site without
 * ending the session. The answer also asks the browser to forget the portal's cookies and storage
 * ({@code Clear-Site-Data}) and is never stored.
 */
class QuickExitFilter extends OncePerRequestFilter {

    static final String PATH = "/quick-exit";
    private static final Set<String> OWN_ORIGIN = Set.of("same-origin", "none");

    private final String neutralUrl;

    QuickExitFilter(String neutralUrl) {
        this.neutralUrl = neutralUrl;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        boolean fromThePortal = site == null || OWN_ORIGIN.contains(site);
        if (fromThePortal) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.setHeader("Clear-Site-Data", "\"cookies\", \"storage\"");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", neutralUrl);
    }
}
