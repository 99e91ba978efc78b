package pl.cus.portal.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import pl.cus.portal.CusPortal;
import pl.cus.portal.PortalIntegrationTest;

/**
 * The health that decides whether the portal serves: UP only once it can serve what it promises (start-up work
 * done), not DOWN because an outside service (the SMTP server) is, and the standard Kubernetes probes.
 */
class HealthTests extends PortalIntegrationTest {

    private static final Duration START = Duration.ofSeconds(240);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theReadyPortalAnswersAPlainUpAndOffersTheLivenessAndReadinessProbes() throws Exception {
        assertThat(get(port, "/actuator/health")).isEqualTo(new Answer(200, "{\"status\":\"UP\"}"));
        assertThat(get(port, "/actuator/health/liveness")).isEqualTo(new Answer(200, "{\"status\":\"UP\"}"));
        assertThat(get(port, "/actuator/health/readiness")).isEqualTo(new Answer(200, "{\"status\":\"UP\"}"));
        // Nothing of the parts to an anonymous caller.
        assertThat(get(port, "/actuator/health/livenessState").status()).isEqualTo(404);
    }

    /**
     * A second portal (its own throw-away database) whose start-up includes work that waits for the test, and whose
     * SMTP server is a closed port: while the work runs it is alive but not ready; once done it is UP, mail outage or not.
     */
    @Test
    void healthIsOutOfServiceUntilTheStartUpWorkIsDoneAndThenUpAlthoughTheMailServerIsDown() throws Exception {
        // A second Spring Security context replaces the process-wide holder strategy (Vaadin installs its own);
        // this test's shared context goes on with the one it started with.
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        var startUpWork = new CountDownLatch(1);
        var serverPort = new CompletableFuture<Integer>();
        var application = new SpringApplication(CusPortal.class);
        application.addListeners((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ServletWebServerInitializedEvent initialized) {
                serverPort.complete(initialized.getWebServer().getPort());
            }
        });
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("slowStartUpWork", (ApplicationRunner)
                        args -> startUpWork.await(START.toSeconds(), TimeUnit.SECONDS)));
        int mailPort = closedPort();
        CompletableFuture<ConfigurableApplicationContext> running = CompletableFuture.supplyAsync(() -> application.run(
                "--cus.embedded-db.ephemeral=true",
                "--cus.demo-data=false",
                "--server.port=0",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mailPort,
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "--cus.events.poll-interval=1s",
                "--spring.main.banner-mode=off"));
        try {
            int second = serverPort.get(START.toSeconds(), TimeUnit.SECONDS);
            // Started (alive) and running its start-up work.
            awaitAnswer(second, "/actuator/health/liveness", 200);

            assertThat(get(second, "/actuator/health")).isEqualTo(new Answer(503, "{\"status\":\"OUT_OF_SERVICE\"}"));
            assertThat(get(second, "/actuator/health/readiness"))
                    .isEqualTo(new Answer(503, "{\"status\":\"OUT_OF_SERVICE\"}"));
            assertThat(get(second, "/actuator/health/liveness")).isEqualTo(new Answer(200, "{\"status\":\"UP\"}"));

            startUpWork.countDown();
            ConfigurableApplicationContext context = running.get(START.toSeconds(), TimeUnit.SECONDS);
            // The mail server really is down for this portal ...
            assertThatThrownBy(() -> context.getBean(JavaMailSenderImpl.class).testConnection())
                    .isInstanceOf(jakarta.mail.MessagingException.class);
            // ... and it serves all the same.
            assertThat(get(second, "/actuator/health")).isEqualTo(new Answer(200, "{\"status\":\"UP\"}"));
            assertThat(get(second, "/actuator/health/readiness")).isEqualTo(new Answer(200, "{\"status\":\"UP\"}"));
        } finally {
            startUpWork.countDown();
            running.thenAccept(ConfigurableApplicationContext::close);
            try {
                running.get(START.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception failedToStart) {
                // reported by the assertions above
            }
            SecurityContextHolder.setContextHolderStrategy(ours);
        }
    }

    private record Answer(int status, String body) {}

    private Answer get(int port, String path) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private void awaitAnswer(int port, String path, int status) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(port, path);
                if (last.status() == status) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " did not answer " + status + " in " + START + "; last: " + last);
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
