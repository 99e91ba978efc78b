package pl.cus.portal.drills;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import pl.cus.portal.CusPortal;

/**
 * The whole portal in a child JVM started from the test classpath, on a free loopback port, with its output in a
 * file: something a drill can kill with SIGKILL, as an operator's {@code kill -9} or the OOM killer would.
 */
final class ChildPortal implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    final int port;
    final Path log;
    final Duration startup;
    private final Process process;

    private ChildPortal(int port, Path log, Process process, Duration startup) {
        this.port = port;
        this.log = log;
        this.process = process;
        this.startup = startup;
    }

    static ChildPortal start(Path logDirectory, String name, String... arguments) throws Exception {
        int port = freePort();
        Path log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1",
                "-Xmx512m",
                "-Xss512k",
                "-cp",
                System.getProperty("java.class.path"),
                CusPortal.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--cus.events.poll-interval=1s",
                "--logging.level.root=WARN",
                // The drills sign in in bursts from one loopback address; the sign-in throttle is not what they test.
                "--cus.identity.login-throttle.enabled=false",
                "--logging.level.pl.cus.portal.shared.db=INFO"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long started = System.nanoTime();
        var child = new ChildPortal(port, log, process, Duration.ZERO);
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The child portal " + name + " exited during start:\n" + tail(log));
                }
                if (System.nanoTime() - started > START_TIMEOUT.toNanos()) {
                    throw new IllegalStateException("The child portal " + name + " did not become healthy in "
                            + START_TIMEOUT + ":\n" + tail(log));
                }
                try {
                    var response = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("UP")) {
                        return new ChildPortal(port, log, process, Duration.ofNanos(System.nanoTime() - started));
                    }
                } catch (IOException notYet) {
                    // Still starting.
                }
                Thread.sleep(500);
            }
        } catch (Exception | Error e) {
            child.kill();
            throw e;
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The port of the PostgreSQL running on a data folder, from its {@code postmaster.pid} (line 4). */
    static int databasePort(Path dataDirectory) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(3)
                .trim());
    }

    /** Stops a PostgreSQL left running on a data folder (after a child was killed), if any. */
    static void stopOrphanedDatabase(Path dataDirectory) {
        try {
            Path pid = dataDirectory.resolve("postmaster.pid");
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(
                                Files.readAllLines(pid).getFirst().trim()))
                        .filter(handle -> handle.info()
                                .command()
                                .map(c -> c.contains("postgres"))
                                .orElse(false))
                        .ifPresent(handle -> {
                            handle.destroy();
                            handle.onExit()
                                    .orTimeout(30, TimeUnit.SECONDS)
                                    .exceptionally(e -> null)
                                    .join();
                        });
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: the temporary folder goes anyway.
        }
    }

    /** SIGKILL: no shutdown hook, no graceful stop, nothing flushed that was not already committed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
