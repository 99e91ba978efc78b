package pl.cus.portal.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import pl.cus.portal.shared.db.EmbeddedDatabase;

/**
 * Drills 1 and 2 (issue 9), on the real portal in a child JVM: {@code kill -9} during a burst of submissions, and a
 * PostgreSQL restart under load. Each child has its own free port and temporary data folder and is stopped in
 * {@code finally}; every wait is bounded.
 */
class ProcessFaultDrillTests {

    private static final String[] RESIDENTS = {"anna", "olena"};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern APPLICATION_ID = Pattern.compile("\"applicationId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Attempt(String user, String key) {}

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void killMinusNineDuringASubmissionBurstLosesNoAcknowledgedApplicationAndRetriesDoNotDuplicate() throws Exception {
        Path work = Files.createTempDirectory("drill-kill9-");
        Path data = work.resolve("data");
        ChildPortal first = null;
        ChildPortal second = null;
        try {
            first = ChildPortal.start(work, "first", "--cus.embedded-db.dir=" + data, "--cus.demo-data=true");
            Map<String, String> sessions = signIn(first);

            // The burst: 8 residents' tabs submitting as fast as they can; killed once 40 have been acknowledged.
            Map<Attempt, String> acknowledged = new ConcurrentHashMap<>();
            Set<Attempt> unanswered = ConcurrentHashMap.newKeySet();
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(40);
            ExecutorService burst = Executors.newFixedThreadPool(8);
            ChildPortal target = first;
            for (int t = 0; t < 8; t++) {
                String user = RESIDENTS[t % 2];
                burst.submit(() -> {
                    while (!killed.get()) {
                        Attempt attempt = new Attempt(user, UUID.randomUUID().toString());
                        unanswered.add(attempt);
                        try {
                            HttpResponse<String> response = submit(target, sessions, attempt);
                            if (response.statusCode() == 201) {
                                acknowledged.put(attempt, id(response.body()));
                                unanswered.remove(attempt);
                                enough.countDown();
                            }
                        } catch (IOException | InterruptedException gone) {
                            // In flight when the process died: the outcome is unknown to the client.
                        }
                    }
                    return null;
                });
            }
            assertThat(enough.await(120, TimeUnit.SECONDS))
                    .as("40 submissions acknowledged before the kill")
                    .isTrue();
            first.kill();
            killed.set(true);
            burst.shutdown();
            assertThat(burst.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            long sentBeforeKill = acknowledged.size() + unanswered.size();
            int acknowledgedCount = acknowledged.size();

            // Restart on the same data folder: the killed run's PostgreSQL is taken over.
            second = ChildPortal.start(work, "second", "--cus.embedded-db.dir=" + data, "--cus.demo-data=true");
            Map<String, String> again = signIn(second);
            for (var entry : acknowledged.entrySet()) {
                HttpResponse<String> response =
                        get(second, again, entry.getKey().user(), "/api/applications/" + entry.getValue());
                assertThat(response.statusCode())
                        .as("acknowledged application %s is there after kill -9", entry.getValue())
                        .isEqualTo(200);
            }

            // Every request is retried with its Idempotency-Key, acknowledged or not: no second application.
            int replayed = 0;
            int createdOnRetry = 0;
            Map<Attempt, String> all = new HashMap<>(acknowledged);
            for (Attempt attempt : concat(acknowledged.keySet(), unanswered)) {
                HttpResponse<String> response = submit(second, again, attempt);
                assertThat(response.statusCode()).as("retry of %s", attempt).isIn(200, 201);
                if (response.statusCode() == 200) {
                    replayed++;
                } else {
                    createdOnRetry++;
                }
                String id = id(response.body());
                if (acknowledged.containsKey(attempt)) {
                    assertThat(id)
                            .as("a replay answers with the first application")
                            .isEqualTo(acknowledged.get(attempt));
                    assertThat(response.statusCode()).isEqualTo(200);
                }
                all.put(attempt, id);
            }
            int databasePort = ChildPortal.databasePort(data);
            long rows;
            long duplicates;
            try (var connection = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres", "postgres", "")) {
                var keys = connection.createStatement();
                var result = keys.executeQuery(
                        "select count(*), count(*) - count(distinct (resident_id, idempotency_key)) from application");
                result.next();
                rows = result.getLong(1);
                duplicates = result.getLong(2);
                var ids = connection.prepareStatement("select count(*) from application where id = any(?)");
                ids.setArray(
                        1,
                        connection.createArrayOf(
                                "uuid",
                                all.values().stream().map(UUID::fromString).toArray()));
                var found = ids.executeQuery();
                found.next();
                assertThat(found.getLong(1))
                        .as("one row per submission attempt")
                        .isEqualTo(all.size());
            }
            assertThat(duplicates).isZero();
            assertThat(new HashSet<>(all.values())).hasSize(all.size());
            System.out.printf(
                    "[drill 1] kill -9 after %d acknowledged submissions (%d requests sent, %d without an answer); "
                            + "restart in %.1f s; all %d acknowledged present, 0 duplicates; retries of %d keys: %d replayed (200), "
                            + "%d created (201, never committed before the kill); %d application rows in total%n",
                    acknowledgedCount,
                    sentBeforeKill,
                    unanswered.size(),
                    second.startup.toMillis() / 1000.0,
                    acknowledgedCount,
                    all.size(),
                    replayed,
                    createdOnRetry,
                    rows);
        } finally {
            if (second != null) {
                second.close();
            }
            if (first != null) {
                first.kill();
            }
            ChildPortal.stopOrphanedDatabase(data);
        }
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void postgresRestartUnderLoadTheAppRecoversAndTheEventStreamCatchesUpWithNothingLost() throws Exception {
        Path work = Files.createTempDirectory("drill-pg-restart-");
        EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("data"), true, 0);
        ChildPortal portal = null;
        ExecutorService load = Executors.newFixedThreadPool(5);
        try {
            portal = ChildPortal.start(
                    work,
                    "portal",
                    "--cus.embedded-db.enabled=false",
                    "--spring.r2dbc.url=" + database.r2dbcUrl(),
                    "--spring.r2dbc.username=postgres",
                    "--spring.r2dbc.password=",
                    "--cus.demo-data=true");
            Map<String, String> sessions = signIn(portal);

            // A coordinator's live board: the back-office event stream, reconnecting with Last-Event-ID like a browser.
            Set<String> seenOnStream = ConcurrentHashMap.newKeySet();
            AtomicInteger reconnects = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            ChildPortal target = portal;
            CountDownLatch connected = new CountDownLatch(1);
            load.submit(() -> {
                String lastEventId = null;
                while (!stop.get()) {
                    var request = HttpRequest.newBuilder(URI.create(target.base() + "/api/backoffice/events"))
                            .header("Authorization", basic("ewa"))
                            .header("Accept", "text/event-stream");
                    if (lastEventId != null) {
                        request.header("Last-Event-ID", lastEventId);
                    }
                    try {
                        HttpResponse<java.io.InputStream> response =
                                http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                        try (var lines =
                                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                            connected.countDown();
                            String line;
                            while (!stop.get() && (line = lines.readLine()) != null) {
                                if (line.startsWith("id:")) {
                                    lastEventId = line.substring(3).trim();
                                } else if (line.startsWith("data:")) {
                                    Matcher matcher = APPLICATION_ID.matcher(line);
                                    if (matcher.find()) {
                                        seenOnStream.add(matcher.group(1));
                                    }
                                }
                            }
                        }
                    } catch (IOException e) {
                        // Dropped: reconnect below.
                    }
                    if (!stop.get()) {
                        reconnects.incrementAndGet();
                        Thread.sleep(500);
                    }
                }
                return null;
            });
            assertThat(connected.await(30, TimeUnit.SECONDS))
                    .as("event stream connected")
                    .isTrue();

            // Load: 4 residents' tabs submitting; PostgreSQL restarts in the middle.
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Set<String> acknowledgedAfterRestart = ConcurrentHashMap.newKeySet();
            AtomicInteger refused = new AtomicInteger();
            Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
            AtomicBoolean restarted = new AtomicBoolean();
            AtomicLong firstSuccessAfterRestart = new AtomicLong();
            AtomicBoolean loadOn = new AtomicBoolean(true);
            for (int t = 0; t < 4; t++) {
                String user = RESIDENTS[t % 2];
                load.submit(() -> {
                    while (loadOn.get()) {
                        Attempt attempt = new Attempt(user, UUID.randomUUID().toString());
                        try {
                            HttpResponse<String> response = submit(target, sessions, attempt);
                            // A refused attempt is retried with its key, as the portal's form does.
                            for (int retry = 0; response.statusCode() >= 500 && retry < 60 && loadOn.get(); retry++) {
                                refused.incrementAndGet();
                                refusals.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                                        .incrementAndGet();
                                Thread.sleep(250);
                                response = submit(target, sessions, attempt);
                            }
                            if (response.statusCode() == 201 || response.statusCode() == 200) {
                                String id = id(response.body());
                                acknowledged.add(id);
                                if (restarted.get()) {
                                    acknowledgedAfterRestart.add(id);
                                    firstSuccessAfterRestart.compareAndSet(0, System.nanoTime());
                                }
                            }
                        } catch (IOException e) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            waitUntil(() -> acknowledged.size() >= 20, Duration.ofSeconds(90), "20 submissions before the restart");
            int beforeRestart = acknowledged.size();
            long restartStarted = System.nanoTime();
            database.restart();
            restarted.set(true);
            long restartTook = System.nanoTime() - restartStarted;
            waitUntil(
                    () -> acknowledgedAfterRestart.size() >= 20,
                    Duration.ofSeconds(120),
                    "20 submissions after the restart");
            loadOn.set(false);
            double recovery = (firstSuccessAfterRestart.get() - restartStarted - restartTook) / 1e9;

            // Every acknowledged application reaches the live board's stream, the same process never restarted.
            waitUntil(
                    () -> seenOnStream.containsAll(acknowledged),
                    Duration.ofSeconds(60),
                    "every submission on the event stream");
            assertThat(portal.alive()).isTrue();
            // And the log has each submission exactly once.
            try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
                var query = connection.prepareStatement(
                        "select count(*), count(distinct aggregate_id) from event_log where type = 'ApplicationSubmitted' and aggregate_id = any(?)");
                query.setArray(
                        1,
                        connection.createArrayOf(
                                "uuid",
                                acknowledged.stream().map(UUID::fromString).toArray()));
                var result = query.executeQuery();
                result.next();
                assertThat(result.getLong(1)).isEqualTo(acknowledged.size());
                assertThat(result.getLong(2)).isEqualTo(acknowledged.size());
            }
            // The deadline board's projection caught up too.
            for (String id : acknowledgedAfterRestart) {
                waitUntil(
                        () -> get(target, sessions, "ewa", "/api/backoffice/deadlines/" + id)
                                        .statusCode()
                                == 200,
                        Duration.ofSeconds(60),
                        "deadline of " + id + " on the board");
            }
            System.out.printf(
                    "[drill 2] PostgreSQL restarted (%.1f s) under load after %d submissions; first acknowledged "
                            + "submission %.1f s after it was back; %d refused attempts retried (by status %s); %d submissions in all, every one "
                            + "on the event stream (%d reconnects with Last-Event-ID) and once in the log; deadline board caught up%n",
                    restartTook / 1e9,
                    beforeRestart,
                    Math.max(0, recovery),
                    refused.get(),
                    refusals,
                    acknowledged.size(),
                    reconnects.get());
            stop.set(true);
        } finally {
            load.shutdownNow();
            if (portal != null) {
                portal.close();
            }
            database.close();
        }
    }

    // ---- helpers ----

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Check check, Duration limit, String what) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            Thread.sleep(200);
        }
    }

    private static <T> List<T> concat(Set<T> a, Set<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Signs the residents and a coordinator in once; requests then carry the session and the same Basic header. */
    private Map<String, String> signIn(ChildPortal portal) throws Exception {
        Map<String, String> sessions = new HashMap<>();
        for (String user : List.of("anna", "olena", "ewa")) {
            // The demo accounts are written once the application is ready, which may be just after health says UP.
            HttpResponse<String> response = null;
            for (int attempt = 0; attempt < 120; attempt++) {
                response = http.send(
                        HttpRequest.newBuilder(URI.create(portal.base() + "/api/me"))
                                .header("Authorization", basic(user))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 401) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(response.statusCode()).as("%s signs in", user).isEqualTo(200);
            String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
            sessions.put(user, cookie.substring(0, cookie.indexOf(';')));
        }
        return sessions;
    }

    private HttpResponse<String> submit(ChildPortal portal, Map<String, String> sessions, Attempt attempt)
            throws IOException, InterruptedException {
        String body = """
                {"kind":"IPUS","serviceIds":["5e4f1ce0-0000-4000-8000-000000000001"],"needs":"Drill %s",
                 "contact":{"channel":"EMAIL","value":"%s@example.org"},"consent":true}""".formatted(attempt.key(), attempt.user());
        return http.send(
                HttpRequest.newBuilder(URI.create(portal.base() + "/api/applications"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", basic(attempt.user()))
                        .header("Cookie", sessions.get(attempt.user()))
                        .header("Idempotency-Key", attempt.key())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(ChildPortal portal, Map<String, String> sessions, String user, String path)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(portal.base() + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", basic(user))
                        .header("Cookie", sessions.get(user))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String id(String body) {
        Matcher matcher = ID.matcher(body);
        assertThat(matcher.find()).as("an id in %s", body).isTrue();
        return matcher.group(1);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
