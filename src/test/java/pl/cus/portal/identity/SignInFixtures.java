package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * What the sign-in tests share: a fresh resident account (never a demo account, so locking it harms no other test;
 * tests lock it from their own loopback address, never 127.0.0.1), and the sign-in form posted as the browser posts
 * it: with the session and CSRF token of the sign-in page it was shown on.
 */
public final class SignInFixtures {

    private static final Pattern META =
            Pattern.compile("<meta\\s+name=\"(_csrf|_csrf_parameter)\"\\s+content=\"([^\"]*)\"");

    private SignInFixtures() {}

    /** How a test opens a confirmed resident account: {@code PortalIntegrationTest::registerConfirmed}. */
    @FunctionalInterface
    public interface Registrar {
        UUID registerConfirmed(String email, String password, String displayName);
    }

    /**
     * A new resident account that can sign in at once, with this password; returns the address it signs in with.
     * The one place the sign-in tests open such accounts (through the confirmed-registration fixture).
     */
    public static String newResident(Registrar registrar, String password) {
        String email = "signin-" + UUID.randomUUID() + "@example.org";
        registrar.registerConfirmed(email, password, "Próba Logowania");
        return email;
    }

    /** The sign-in page as a browser gets it: its session and the CSRF token in its {@code _csrf} meta tags. */
    public record SignInPage(String session, String parameter, String token) {}

    public static SignInPage openSignInPage(WebTestClient client) {
        var result = client.get().uri("/login").exchange().expectStatus().isOk().returnResult(String.class);
        ResponseCookie cookie = result.getResponseCookies().getFirst("JSESSIONID");
        assertThat(cookie).as("session cookie of the sign-in page").isNotNull();
        String html = html(result);
        return new SignInPage(cookie.getValue(), meta(html, "_csrf_parameter"), meta(html, "_csrf"));
    }

    /**
     * The CSRF token a portal page shows a signed-in session (what the browser sends on a write with the cookie):
     * for {@code X-CSRF-TOKEN} on the API.
     */
    public static String pageToken(WebTestClient client, String session) {
        var result = client.get()
                .uri("/")
                .cookie("JSESSIONID", session)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class);
        return meta(html(result), "_csrf");
    }

    private static String html(FluxExchangeResult<String> page) {
        return String.join("", page.getResponseBody().collectList().block(Duration.ofSeconds(15)));
    }

    private static String meta(String html, String name) {
        Matcher meta = META.matcher(html);
        while (meta.find()) {
            if (name.equals(meta.group(1))) {
                return meta.group(2);
            }
        }
        throw new AssertionError("no " + name + " meta tag on the page");
    }

    /** {@code POST /login} from the sign-in page, as Vaadin's login form sends it: same origin, with the page's token. */
    public static WebTestClient.ResponseSpec signIn(WebTestClient client, int port, String username, String password) {
        SignInPage page = openSignInPage(client);
        return client.post()
                .uri("/login")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .cookie("JSESSIONID", page.session())
                .header("Origin", "http://localhost:" + port)
                .body(BodyInserters.fromFormData("username", username)
                        .with("password", password)
                        .with(page.parameter(), page.token()))
                .exchange();
    }

    /** The session cookie a successful sign-in answered with (sign-in always starts a new session). */
    public static String signedInSession(WebTestClient client, int port, String username, String password) {
        var result = signIn(client, port, username, password)
                .expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/start"))
                .returnResult(Void.class);
        ResponseCookie cookie = result.getResponseCookies().getFirst("JSESSIONID");
        assertThat(cookie).as("session cookie after sign-in").isNotNull();
        return cookie.getValue();
    }
}
