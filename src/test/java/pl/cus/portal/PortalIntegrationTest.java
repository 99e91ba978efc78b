package pl.cus.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.netty.http.client.PrematureCloseException;
import reactor.util.retry.Retry;
import reactor.netty.http.client.HttpClient;

/**
 * The whole portal on a random port with a throw-away embedded PostgreSQL and the demo accounts. Every integration
 * test extends this one class, so the context (and its database) is started once for the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cus.embedded-db.ephemeral=true",
        "cus.demo-data=true",
        "cus.events.poll-interval=1s"})
public abstract class PortalIntegrationTest {

    @Value("${local.server.port}")
    protected int port;

    protected WebTestClient client() {
        return WebTestClient.bindToServer(connector()).baseUrl("http://localhost:" + port).filter(RETRY_CLOSED_BEFORE_RESPONSE).build();
    }

    protected WebTestClient clientAs(String username) {
        return WebTestClient.bindToServer(connector()).baseUrl("http://localhost:" + port)
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
                    .filter(error -> error instanceof WebClientRequestException && error.getCause() instanceof PrematureCloseException)
                    .doBeforeRetry(signal -> System.err.println("[test client] " + request.method() + " " + request.url()
                            + ": connection closed before the response, trying again")));

    /**
     * A connection per request. Reactor Netty's shared pool would otherwise hand a test a keep-alive connection that
     * Tomcat is closing at that moment ("Connection prematurely closed BEFORE response") on a loaded machine.
     */
    protected static ReactorClientHttpConnector connector() {
        return new ReactorClientHttpConnector(HttpClient.newConnection());
    }
}
