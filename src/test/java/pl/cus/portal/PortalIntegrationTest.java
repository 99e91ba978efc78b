package pl.cus.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.reactive.server.WebTestClient;
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
        return WebTestClient.bindToServer(connector()).baseUrl("http://localhost:" + port).build();
    }

    protected WebTestClient clientAs(String username) {
        return WebTestClient.bindToServer(connector()).baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(username, "demo"))
                .build();
    }

    /**
     * A connection per request. Reactor Netty's shared pool would otherwise hand a test a keep-alive connection that
     * Tomcat is closing at that moment ("Connection prematurely closed BEFORE response") on a loaded machine.
     */
    protected static ReactorClientHttpConnector connector() {
        return new ReactorClientHttpConnector(HttpClient.newConnection());
    }
}
