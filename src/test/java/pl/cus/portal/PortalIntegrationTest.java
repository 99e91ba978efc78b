package pl.cus.portal;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.PrematureCloseException;
import reactor.util.retry.Retry;

/**
 * The whole portal on a random port with a throw-away embedded PostgreSQL and the demo accounts. Every integration
 * test extends this one class, so the context (and its database) is started once for the run.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cus.embedded-db.ephemeral=true", "cus.demo-data=true", "cus.events.poll-interval=1s"})
public abstract class PortalIntegrationTest {

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    private DatabaseClient database;

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    /**
     * Opens a resident account as a person does (issue 14): registers on {@code POST /api/accounts}, takes the
     * confirmation link from the mail in the outbox and follows it. Each call comes from its own loopback address
     * (127.0.0.0/8), so the suite's many registrations never meet the per-client limit. Returns the account's id.
     */
    protected UUID registerConfirmed(String email, String password, String displayName) {
        clientFromAnywhere()
                .post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password, "displayName", displayName))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.ACCEPTED);
        String token = mailedToken(email, "portal/confirm-account");
        String id = client().post()
                .uri("/api/accounts/confirmation")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .toString();
        return UUID.fromString(id);
    }

    /** The token of the newest mail in the outbox to {@code email} whose link leads to {@code path}. */
    protected String mailedToken(String email, String path) {
        String body = database.sql(
                        "select body from mail_outbox where recipient = :to and body like :link order by created_at desc limit 1")
                .bind("to", email.toLowerCase(java.util.Locale.ROOT))
                .bind("link", "%" + path + "?token=%")
                .map(row -> row.get("body", String.class))
                .one()
                .block(java.time.Duration.ofSeconds(10));
        if (body == null) {
            throw new AssertionError("No mail with a " + path + " link to " + email + " in the outbox");
        }
        var matcher = TOKEN.matcher(body.substring(body.indexOf(path)));
        if (!matcher.find()) {
            throw new AssertionError("No token in the mail to " + email + ": " + body);
        }
        return matcher.group(1);
    }

    /** A client whose connections come from a random loopback address (127.0.0.0/8 is all loopback on Linux). */
    protected WebTestClient clientFromAnywhere() {
        var random = ThreadLocalRandom.current();
        String address =
                "127." + random.nextInt(100, 250) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
        return clientFrom(address);
    }

    /** A client whose connections come from the given loopback address. */
    protected WebTestClient clientFrom(String address) {
        var connector = new ReactorClientHttpConnector(
                HttpClient.newConnection().bindAddress(() -> new InetSocketAddress(address, 0)));
        return WebTestClient.bindToServer(connector)
                .baseUrl("http://localhost:" + port)
                .build();
    }

    protected WebTestClient client() {
        return WebTestClient.bindToServer(connector())
                .baseUrl("http://localhost:" + port)
                .filter(RETRY_CLOSED_BEFORE_RESPONSE)
                .build();
    }

    protected WebTestClient clientAs(String username) {
        return WebTestClient.bindToServer(connector())
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(username, "demo"))
                .filter(RETRY_CLOSED_BEFORE_RESPONSE)
                .build();
    }

    /**
     * A fresh connection that the loaded test machine closes before any byte of the answer (seen about once in a
     * thousand runs of a request, on different tests, with nothing logged by the server) is tried again (twice, after 300 ms), as an
     * HTTP client library would; printed so that it stays visible. Tests assert on answers, not on the transport.
     */
    private static final ExchangeFilterFunction RETRY_CLOSED_BEFORE_RESPONSE = (request, next) -> next.exchange(request)
            .retryWhen(Retry.fixedDelay(2, java.time.Duration.ofMillis(300))
                    .filter(error -> error instanceof WebClientRequestException
                            && error.getCause() instanceof PrematureCloseException)
                    .doBeforeRetry(signal -> System.err.println("[test client] " + request.method() + " "
                            + request.url() + ": connection closed before the response, trying again")));

    /**
     * A connection per request. Reactor Netty's shared pool would otherwise hand a test a keep-alive connection that
     * Tomcat is closing at that moment ("Connection prematurely closed BEFORE response") on a loaded machine.
     */
    protected static ReactorClientHttpConnector connector() {
        return new ReactorClientHttpConnector(HttpClient.newConnection());
    }
}
