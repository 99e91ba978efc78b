package pl.cus.portal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** One happy path over real SMTP to a tiny in-process server, and a refused connection failing the attempt. */
class SmtpTransportTests {

    private static final NotificationsProperties PROPERTIES = new NotificationsProperties(
            "http://localhost",
            "Centrum",
            "Portal mieszkańca",
            "portal@cus.example.org",
            new NotificationsProperties.Mail(
                    Duration.ofSeconds(10),
                    20,
                    Duration.ofMinutes(5),
                    8,
                    Duration.ofMinutes(1),
                    Duration.ofHours(6),
                    Duration.ofDays(2)));

    @Test
    void aMailReachesTheSmtpServerWithSenderRecipientAndText() throws Exception {
        try (var server = new ServerSocket(0)) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> serveOne(server));
            var transport = transport(server.getLocalPort());
            assertThat(transport.configured()).isTrue();
            UUID outboxId = UUID.randomUUID();
            transport.send(new OutgoingMail(
                    outboxId,
                    "anna@example.org",
                    "Portal mieszkańca",
                    "Nowa informacja w portalu (CUS/1)",
                    "Dzień dobry,\n\nZaloguj się.",
                    1));
            String dialogue = received.get(10, TimeUnit.SECONDS);
            assertThat(dialogue)
                    .contains("MAIL FROM:<portal@cus.example.org>")
                    .contains("RCPT TO:<anna@example.org>")
                    .contains("Subject:")
                    .contains("To: anna@example.org")
                    // A resend after a crash carries the same id, so that it can be recognised as the same mail.
                    .contains("Message-ID: <" + outboxId + "@cus.example.org>");
        }
    }

    @Test
    void noServerFailsTheAttemptAndNoSenderMeansNotConfigured() throws Exception {
        int closedPort;
        try (var probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        var transport = transport(closedPort);
        assertThatThrownBy(() ->
                        transport.send(new OutgoingMail(UUID.randomUUID(), "anna@example.org", "Centrum", "S", "B", 1)))
                .isInstanceOf(Exception.class);
        var none = new SmtpTransport(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), PROPERTIES);
        assertThat(none.configured()).isFalse();
    }

    private static SmtpTransport transport(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "3000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "3000");
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new SmtpTransport(beans.getBeanProvider(JavaMailSender.class), PROPERTIES);
    }

    /** Just enough SMTP for one message: everything the client said, in order. */
    private static String serveOne(ServerSocket server) {
        var said = new StringBuilder();
        try (Socket socket = server.accept();
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            socket.setSoTimeout(10_000);
            out.print("220 test\r\n");
            out.flush();
            String line;
            boolean data = false;
            while ((line = in.readLine()) != null) {
                said.append(line).append('\n');
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        out.print("250 queued\r\n");
                        out.flush();
                    }
                    continue;
                }
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> out.print("250 test\r\n");
                    case "DATA" -> {
                        data = true;
                        out.print("354 go on\r\n");
                    }
                    case "QUIT" -> {
                        out.print("221 bye\r\n");
                        out.flush();
                        return said.toString();
                    }
                    default -> out.print("250 ok\r\n");
                }
                out.flush();
            }
        } catch (Exception e) {
            said.append("ERROR ").append(e);
        }
        return said.toString();
    }
}
