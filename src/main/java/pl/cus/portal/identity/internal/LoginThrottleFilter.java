package pl.cus.portal.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import pl.cus.portal.identity.SignInName;
import pl.cus.portal.shared.web.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a password sign-in while {@link LoginThrottle} says its account or address must wait, before the password
 * is even checked: the form on {@code POST /login} goes back to the form with a message, HTTP Basic on {@code /api}
 * gets 429 with {@code Retry-After} as a problem detail. The name is looked up in its normalised form
 * ({@link SignInName}), the same one the account look-up uses. A name that has no normalised form (a control or
 * format character anywhere) is a failed sign-in here, counted against the address, and never reaches the
 * authentication filters, which would trim some of those characters away (Spring's form login trims everything up to
 * U+0020) and find the account under a name its lock does not know. Not a bean, so that it runs only inside the
 * security chains.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    enum Kind {
        FORM,
        BASIC
    }

    private final LoginThrottle throttle;
    private final Kind kind;
    private final JsonMapper json;
    private final AuthenticationEntryPoint wrongCredentials;

    /** {@code wrongCredentials} answers a refused name as the chain answers a wrong password. */
    LoginThrottleFilter(LoginThrottle throttle, Kind kind, JsonMapper json, AuthenticationEntryPoint wrongCredentials) {
        this.throttle = throttle;
        this.kind = kind;
        this.json = json;
        this.wrongCredentials = wrongCredentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = attemptedUsername(request);
        if (username.isPresent()) {
            Optional<Duration> wait = throttle.waitFor(username.get(), request.getRemoteAddr());
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                log.warn(
                        "Sign-in refused for account '{}' from {}: too many failed attempts, retry in {} s",
                        LoginThrottle.logged(SignInName.of(username.get())),
                        request.getRemoteAddr(),
                        seconds);
                refuse(request, response, seconds);
                return;
            }
            if (SignInName.of(username.get()).isEmpty()) {
                log.info(
                        "Failed sign-in for account '{}' from {}",
                        LoginThrottle.logged(Optional.empty()),
                        request.getRemoteAddr());
                throttle.failed(username.get(), request.getRemoteAddr());
                wrongCredentials.commence(request, response, new BadCredentialsException("Refused sign-in name"));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<String> attemptedUsername(HttpServletRequest request) {
        return switch (kind) {
            case FORM ->
                "POST".equals(request.getMethod()) && "/login".equals(pathWithinApplication(request))
                        ? Optional.ofNullable(request.getParameter("username"))
                        : Optional.empty();
            case BASIC -> basicUsername(request.getHeader("Authorization"));
        };
    }

    static Optional<String> basicUsername(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException malformed) {
            // The Basic filter itself answers a malformed header.
            return Optional.empty();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        if (kind == Kind.FORM) {
            response.sendRedirect(request.getContextPath() + "/login?error&throttled=" + seconds);
            return;
        }
        var problem = Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-in attempts for this account or from this address. Try again in " + seconds
                        + " seconds.");
        problem.put("instance", request.getRequestURI());
        problem.put("retryAfterSeconds", seconds);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
