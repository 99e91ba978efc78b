package pl.cus.portal.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drill 4 (issue 9): 10,000 malformed, oversized and hostile requests against every {@code /api} route, enumerated
 * from the modules' {@link RouterFunction}s. No answer may be a 5xx, none may carry a stack trace, and every error
 * answer must be {@code application/problem+json}. Seeded, so a failure is reproducible: the seed is printed.
 * Residents and staff are signed in once (session cookie plus the same Basic header, which Spring Security does not
 * check again), so the run measures the API and not the password hash.
 */
class HostileRequestsDrillTests extends PortalIntegrationTest {

    static final long SEED = Long.getLong("cus.drill.seed", 20261130L);
    static final int REQUESTS = Integer.getInteger("cus.drill.requests", 10_000);
    private static final Pattern ROUTE = Pattern.compile("\\((GET|POST|PUT|DELETE|PATCH) && (/[^)\\s]*)\\)");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.lang\\.|org\\.springframework\\.|reactor\\.core\\.|tools\\.jackson|pl\\.cus\\.portal\\.)");
    private static final String[] USERS = {null, "anna", "olena", "ewa", "jan", "marta", "dyrektor", "admin"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    record Route(String method, String path) {}

    record Outcome(String what, int status, String contentType, String body) {}

    /** The API as the modules declare it: method and path of every route (relative to {@code /api}). */
    List<Route> routes() {
        Set<Route> routes = new java.util.LinkedHashSet<>();
        for (ApiRoutes module : context.getBeansOfType(ApiRoutes.class).values()) {
            module.routes().accept(new RouterFunctions.Visitor() {
                @Override
                public void startNested(RequestPredicate predicate) {}

                @Override
                public void endNested(RequestPredicate predicate) {}

                @Override
                public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
                    Matcher matcher = ROUTE.matcher(predicate.toString());
                    assertThat(matcher.find())
                            .as("a route's predicate names its method and path: %s", predicate)
                            .isTrue();
                    routes.add(new Route(matcher.group(1), matcher.group(2)));
                }

                @Override
                public void resources(java.util.function.Function<ServerRequest, Mono<Resource>> lookupFunction) {}

                @Override
                public void attributes(Map<String, Object> attributes) {}

                @Override
                public void unknown(RouterFunction<?> routerFunction) {}
            });
        }
        return new ArrayList<>(routes);
    }

    @Test
    void tenThousandHostileRequestsGetNoServerErrorNoStackTraceAndOnlyProblemDetails() throws Exception {
        List<Route> routes = routes();
        assertThat(routes)
                .hasSizeGreaterThan(60)
                .contains(
                        new Route("POST", "/applications"),
                        new Route("POST", "/attachments"),
                        new Route("GET", "/backoffice/events"),
                        new Route("POST", "/backoffice/applications/{id}/assignment"),
                        new Route("PUT", "/backoffice/catalog/services/{id}"),
                        new Route("GET", "/backoffice/audit"));

        // A distinct loopback address: nothing here may count against 127.0.0.1 in the login throttle.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .localAddress(InetAddress.getByName("127.0.0.91"))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Map<String, String> sessions = new LinkedHashMap<>();
        for (String user : USERS) {
            if (user != null) {
                sessions.put(user, signIn(http, user));
            }
        }

        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        AtomicInteger closedLargeBodies = new AtomicInteger();
        Map<String, AtomicInteger> perRoute = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Random seeds = new Random(SEED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long started = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                long requestSeed = seeds.nextLong();
                int number = i;
                work.add(pool.submit(() -> {
                    Random random = new Random(requestSeed);
                    Route route = routes.get(random.nextInt(routes.size()));
                    String user = USERS[random.nextInt(USERS.length)];
                    Outcome outcome;
                    Hostile hostile = hostile(random, route, user, sessions.get(user), number);
                    try {
                        try {
                            outcome = send(http, hostile);
                        } catch (IOException closedBeforeAnyByte) {
                            // A kept-alive connection closed as the request went out (seen once in a CI run, under
                            // load): the client sends it once more on a fresh connection, as clients do.
                            if (hostile.bodyBytes() >= 2 * 1024 * 1024) {
                                throw closedBeforeAnyByte;
                            }
                            System.out.println("[drill 4] #" + number + " " + route
                                    + ": connection closed without an answer, sent again");
                            outcome = send(http, hostile);
                        }
                    } catch (IOException closed) {
                        // Tomcat stops reading a body of 2 MB or more that no handler wants (maxSwallowSize) and closes
                        // the connection, possibly before the client has read the refusal: a refusal, not a failure.
                        if (hostile.bodyBytes() >= 2 * 1024 * 1024) {
                            closedLargeBodies.incrementAndGet();
                            return;
                        }
                        failures.add("#" + number + " " + route + " as " + user + ": no answer (" + closed + ")");
                        return;
                    } catch (Exception e) {
                        failures.add("#" + number + " " + route + " as " + user + ": no answer (" + e + ")");
                        return;
                    }
                    synchronized (statuses) {
                        statuses.computeIfAbsent(outcome.status(), s -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    perRoute.computeIfAbsent(route.method() + " " + route.path(), r -> new AtomicInteger())
                            .incrementAndGet();
                    String problem = judge(outcome);
                    if (problem != null) {
                        failures.add(
                                "#" + number + " (seed " + requestSeed + ") " + outcome.what() + " as " + user + " -> "
                                        + outcome.status() + " " + outcome.contentType() + ": " + problem + " | "
                                        + abbreviate(outcome.body()));
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf(
                "[drill 4] %d hostile requests over %d routes in %.1f s (seed %d): statuses %s; connections closed "
                        + "on bodies of 2 MB and more: %d; failures %d%n",
                REQUESTS, routes.size(), millis / 1000.0, SEED, statuses, closedLargeBodies.get(), failures.size());
        assertThat(perRoute.keySet()).as("every route was hit").hasSize(routes.size());
        failures.stream().limit(60).forEach(failure -> System.out.println("[drill 4] FAILED " + failure));
        assertThat(failures.stream().limit(25).toList())
                .as("answers that broke the rules (first 25 of %d)", failures.size())
                .isEmpty();
    }

    /** Null when the answer is acceptable, otherwise what is wrong with it. */
    static String judge(Outcome outcome) {
        if (outcome.status() >= 500) {
            return "server error";
        }
        if (outcome.status() >= 400) {
            if (outcome.contentType() == null || !outcome.contentType().startsWith("application/problem+json")) {
                return "error answer is not a problem detail";
            }
            if (STACK_TRACE.matcher(outcome.body()).find()) {
                return "internals in the body";
            }
        }
        return null;
    }

    private static String signIn(HttpClient http, String user) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/me"))
                        .header("Authorization", basic(user))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("sign-in of %s", user).isEqualTo(200);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static int serverPort;

    private static String base() {
        return "http://127.0.0.1:" + serverPort;
    }

    @org.junit.jupiter.api.BeforeEach
    void rememberPort() {
        serverPort = port;
    }

    // ---- the generator ----

    static final String[] HOSTILE_STRINGS = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'; drop table application; --",
        "' OR '1'='1",
        "${jndi:ldap://127.0.0.1/x}",
        "#{7*7}",
        "{{7*7}}",
        "../../../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "%s%s%s%n",
        "\u0000",
        "\u202Eevil",
        "😀😀😀",
        "Zażółć gęślą jaźń",
        "Олена",
        "",
        " ",
        "null",
        "true",
        "-1",
        "1e309",
        "9999999999999999999999",
        "2027-02-30",
        "2027-13-45T25:61:00Z",
        "00000000-0000-0000-0000-000000000000",
        "00000000-0000-0000-0000-000000000101",
        "IPUS",
        "ZA_ZYCIEM",
        "ewa",
        "admin",
        "RESIDENT",
        "ADMIN",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "\r\nSet-Cookie: x=y"
    };
    static final String[] FIELDS = {
        "email",
        "password",
        "displayName",
        "kind",
        "serviceIds",
        "needs",
        "contact",
        "channel",
        "value",
        "consent",
        "situation",
        "district",
        "language",
        "attachments",
        "assignee",
        "reason",
        "reassign",
        "text",
        "name",
        "roles",
        "currentPassword",
        "newPassword",
        "from",
        "until",
        "until",
        "note",
        "answers",
        "goals",
        "steps",
        "title",
        "description",
        "providerId",
        "areas",
        "needsCovered",
        "enabled",
        "type",
        "version",
        "decision",
        "team",
        "purpose",
        "form",
        "draft",
        "payload",
        "id",
        "applicationId",
        "state",
        "maxActive"
    };
    static final String[] PATH_TOKENS = {
        "not-a-uuid",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%3B",
        "%00",
        "%ff%fe",
        "%C3%28",
        "%E2%82",
        "x".repeat(3000),
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "-1",
        "0",
        "%27%20OR%201%3D1--",
        "%20",
        "00000000-0000-0000-0000-000000000000",
        "5e4f1ce0-0000-4000-8000-000000000001",
        "%2F",
        "..",
        ".",
        "%5C..%5C",
        "%F0%9F%98%80",
        "0x41",
        "1e999",
        "NaN",
        "%25",
        "%u0041"
    };
    static final String[] QUERY_KEYS = {
        "q",
        "need",
        "area",
        "district",
        "provider",
        "limit",
        "after",
        "state",
        "kind",
        "coordinator",
        "team",
        "purpose",
        "rule",
        "start",
        "lang",
        "language",
        "assignee",
        "lastEventId",
        "from",
        "to",
        "page"
    };
    static final String[] CONTENT_TYPES = {
        "application/json",
        "application/json",
        "application/json",
        "application/json",
        "application/json; charset=UTF-8",
        "application/json; charset=ISO-8859-1",
        "application/json;charset=UTF-16",
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "application/problem+json",
        "*/*",
        "a/b/c",
        "application/octet-stream",
        "",
        "text/html; charset=\"\u00ff\""
    };
    static final String[] ACCEPTS = {
        "application/json",
        "*/*",
        "application/xml",
        "text/html",
        "text/event-stream",
        "application/problem+json",
        "image/png",
        "",
        "application/json;q=0, */*;q=0"
    };

    record Hostile(String what, HttpRequest request, long bodyBytes) {}

    static Hostile hostile(Random random, Route route, String user, String session, int number) {
        String path = route.path();
        StringBuilder concrete = new StringBuilder();
        Matcher variable = Pattern.compile("\\{[^}]+}").matcher(path);
        while (variable.find()) {
            String replacement = random.nextInt(3) == 0
                    ? PATH_TOKENS[random.nextInt(PATH_TOKENS.length)]
                    : UUID.randomUUID().toString();
            variable.appendReplacement(concrete, Matcher.quoteReplacement(replacement));
        }
        variable.appendTail(concrete);
        if (random.nextInt(20) == 0) {
            concrete.append(random.nextBoolean() ? "/..;/me" : "//" + PATH_TOKENS[random.nextInt(PATH_TOKENS.length)]);
        }
        StringBuilder query = new StringBuilder();
        int params = random.nextInt(4);
        for (int i = 0; i < params; i++) {
            query.append(i == 0 ? "?" : "&")
                    .append(QUERY_KEYS[random.nextInt(QUERY_KEYS.length)])
                    .append('=')
                    .append(java.net.URLEncoder.encode(hostileString(random), StandardCharsets.UTF_8));
        }
        if (random.nextInt(30) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("%zz=%G1");
        }
        // GET routes now and then receive the wrong method or a body; others always a body.
        String method = random.nextInt(15) == 0
                ? new String[] {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"}[random.nextInt(6)]
                : route.method();
        URI uri;
        try {
            uri = URI.create(base() + "/api" + concrete + query);
        } catch (IllegalArgumentException e) {
            uri = URI.create(base() + "/api" + route.path().replaceAll("\\{[^}]+}", "x") + "?bad=%25");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Cookie", session).header("Authorization", basic(user));
        } else if (random.nextInt(10) == 0) {
            // Malformed credentials (never well-formed wrong ones: those would count as failed sign-ins).
            request.header(
                    "Authorization",
                    random.nextBoolean()
                            ? "Basic %%%not-base64"
                            : "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString("no-colon-here".getBytes(StandardCharsets.UTF_8)));
        }
        String accept = ACCEPTS[random.nextInt(ACCEPTS.length)];
        if (!accept.isEmpty()) {
            request.header("Accept", accept);
        }
        if (random.nextInt(4) == 0) {
            request.header(
                    "Idempotency-Key",
                    random.nextInt(5) == 0 ? "k".repeat(5000) : asciiOnly(hostileString(random)) + number);
        }
        if (random.nextInt(6) == 0) {
            request.header("Accept-Language", random.nextBoolean() ? "xx-YY;q=abc, *;q=2" : "uk");
        }
        if (random.nextInt(8) == 0) {
            request.header("Last-Event-ID", random.nextBoolean() ? "-5" : "99999999999999999999999");
        }
        String what;
        HttpRequest.BodyPublisher body;
        String contentType;
        if (route.path().equals("/attachments") && method.equals("POST")) {
            Upload upload = upload(random);
            body = HttpRequest.BodyPublishers.ofByteArray(upload.bytes());
            contentType = upload.contentType();
            what = method + " " + uri.getRawPath() + " upload " + upload.what();
        } else if (method.equals("GET")
                || method.equals("DELETE")
                || method.equals("OPTIONS")
                || random.nextInt(12) == 0) {
            body = random.nextInt(10) == 0
                    ? HttpRequest.BodyPublishers.ofString("{\"oops\":")
                    : HttpRequest.BodyPublishers.noBody();
            contentType = random.nextInt(10) == 0 ? "application/json" : "";
            what = method + " " + uri.getRawPath();
        } else {
            Body generated = body(random);
            body = HttpRequest.BodyPublishers.ofByteArray(generated.bytes());
            contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            what = method + " " + abbreviate(uri.getRawPath()) + " [" + contentType + "] body " + generated.what();
        }
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (method.equals("GET") && route.path().equals("/backoffice/events")) {
            request.timeout(Duration.ofSeconds(20));
        }
        return new Hostile(what, request.method(method, body).build(), body.contentLength());
    }

    record Body(String what, byte[] bytes) {}

    static Body body(Random random) {
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> new Body("random JSON", JSON.writeValueAsBytes(randomObject(random, 0)));
            case 4 -> {
                byte[] json = JSON.writeValueAsBytes(randomObject(random, 0));
                yield new Body(
                        "truncated JSON", java.util.Arrays.copyOf(json, Math.max(1, random.nextInt(json.length))));
            }
            case 5 -> {
                byte[] json = JSON.writeValueAsBytes(
                        Map.of("needs", "abc", "text", "abc", "reason", "abc", "email", "a@b.pl"));
                ByteArrayOutputStream bad = new ByteArrayOutputStream();
                bad.writeBytes(java.util.Arrays.copyOf(json, 10));
                bad.writeBytes(
                        new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80
                        });
                bad.writeBytes(java.util.Arrays.copyOfRange(json, 10, json.length));
                yield new Body("bad UTF-8", bad.toByteArray());
            }
            case 6 -> {
                int depth = 500 + random.nextInt(5000);
                yield new Body(
                        "nested " + depth, ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8));
            }
            case 7 ->
                new Body("70 KB string", JSON.writeValueAsBytes(Map.of("needs", "ą".repeat(36_000), "text", "x")));
            case 8 -> {
                String[] odd = {
                    "",
                    "null",
                    "[]",
                    "123",
                    "\"text\"",
                    "{}{}",
                    "{\"a\":1,\"a\":2}",
                    "{/*c*/\"a\":1}",
                    "{\"limit\": 1e999999999}",
                    "{\"consent\": \"yes\", \"serviceIds\": \"all\"}",
                    "\uFEFF{}",
                    "{\"needs\": \"\\ud800\"}",
                    "{\"text\": \"\\u0000\"}",
                    "<?xml version=\"1.0\"?><a/>",
                    "a=1&b=2",
                    "{\"email\":[],\"password\":{},\"displayName\":7}",
                    "{\"assignee\": null, \"reason\": null}"
                };
                yield new Body("odd", odd[random.nextInt(odd.length)].getBytes(StandardCharsets.UTF_8));
            }
            case 9 -> new Body("2 MB", new byte[2 * 1024 * 1024]);
            case 10 -> new Body("wrong types", JSON.writeValueAsBytes(wrongTypes(random)));
            default -> {
                byte[] noise = new byte[random.nextInt(2000)];
                random.nextBytes(noise);
                yield new Body("random bytes", noise);
            }
        };
    }

    static Map<String, Object> wrongTypes(Random random) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (random.nextInt(3) == 0) {
                Object[] wrong = {
                    List.of(1, 2), Map.of("x", 1), 3.14, -1, true, "", List.of(), Long.MAX_VALUE, "Z".repeat(5000)
                };
                body.put(field, wrong[random.nextInt(wrong.length)]);
            }
        }
        return body;
    }

    static Object randomObject(Random random, int depth) {
        Map<String, Object> body = new LinkedHashMap<>();
        int fields = random.nextInt(7);
        for (int i = 0; i < fields; i++) {
            body.put(FIELDS[random.nextInt(FIELDS.length)], randomValue(random, depth + 1));
        }
        return body;
    }

    static Object randomValue(Random random, int depth) {
        return switch (depth > 3 ? random.nextInt(5) : random.nextInt(8)) {
            case 0 -> hostileString(random);
            case 1 -> random.nextInt();
            case 2 -> random.nextBoolean();
            case 3 -> null;
            case 4 -> random.nextDouble() * 1e300;
            case 5 -> java.util.Arrays.asList(randomValue(random, depth + 1), randomValue(random, depth + 1));
            case 6 -> randomObject(random, depth);
            default -> UUID.randomUUID().toString();
        };
    }

    static String hostileString(Random random) {
        return random.nextInt(40) == 0 ? "W".repeat(20_000) : HOSTILE_STRINGS[random.nextInt(HOSTILE_STRINGS.length)];
    }

    static String asciiOnly(String value) {
        StringBuilder ascii = new StringBuilder();
        value.chars().filter(c -> c >= 0x20 && c < 0x7f).forEach(c -> ascii.append((char) c));
        return ascii.toString();
    }

    record Upload(String what, String contentType, byte[] bytes) {}

    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    private static final AtomicInteger BIG_UPLOADS = new AtomicInteger();

    static Upload upload(Random random) {
        String boundary = "drill" + random.nextInt(1_000_000);
        String name;
        String partType;
        byte[] content;
        switch (random.nextInt(8)) {
            case 0 -> {
                name = "zaswiadczenie.pdf";
                partType = "application/pdf";
                content = EXE;
            }
            case 1 -> {
                name = "zdjecie.png";
                partType = "image/png";
                content = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                name = "../../../etc/passwd";
                partType = "application/pdf";
                content = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
            }
            case 3 -> {
                name = "pusty.pdf";
                partType = "application/pdf";
                content = new byte[0];
            }
            case 4 -> {
                // A few files over the 10 MB limit; the rest just over a typical chunk.
                name = "duzy.pdf";
                partType = "application/pdf";
                content = new byte[BIG_UPLOADS.incrementAndGet() <= 6 ? 10 * 1024 * 1024 + 1 : 300_000];
                content[0] = '%';
                content[1] = 'P';
                content[2] = 'D';
                content[3] = 'F';
            }
            case 5 -> {
                name = "x".repeat(5000) + ".pdf";
                partType = "application/pdf";
                content = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
            }
            case 6 -> {
                name = "skrypt.svg";
                partType = "image/svg+xml";
                content = "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                // Not multipart at all, or a broken one.
                return random.nextBoolean()
                        ? new Upload(
                                "broken multipart",
                                "multipart/form-data; boundary=" + boundary,
                                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")
                                        .getBytes(StandardCharsets.UTF_8))
                        : new Upload(
                                "json instead of a file",
                                "application/json",
                                "{\"file\": \"abc\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
        String partName = random.nextInt(6) == 0 ? "not-file" : "file";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                        + name + "\"\r\nContent-Type: " + partType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Upload(
                name.length() > 40 ? "long name" : name + " (" + content.length + " bytes as " + partType + ")",
                "multipart/form-data; boundary=" + boundary,
                out.toByteArray());
    }

    static Outcome send(HttpClient http, Hostile hostile) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(hostile.request(), HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String body;
        try (InputStream in = response.body()) {
            if (contentType != null && contentType.startsWith("text/event-stream")) {
                // An open event stream (a staff member's valid request): its headers are the answer.
                body = "";
            } else {
                body = new String(in.readNBytes(200_000), StandardCharsets.UTF_8);
            }
        }
        return new Outcome(hostile.what(), response.statusCode(), contentType, body);
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
