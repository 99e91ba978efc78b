package pl.cus.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client for the benchmark: sessions signed in once (the password hash is paid at sign-in, not per
 * request), and Vaadin UIs opened the way the browser's Flow client opens them (the {@code v-r=init} request, then
 * the {@code ui-navigate} event), so that a session holds a real UI with its view.
 */
final class HttpSessions {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final String base;

    HttpSessions(int port) {
        this.base = "http://localhost:" + port;
    }

    /**
     * A session as a browser holds it: the session cookie and the CSRF token its pages carry, which cookie-authenticated
     * writes to the API must send. No password is sent after sign-in, so its hash is not part of a request's cost.
     */
    record Session(String cookie, String csrf) {
        HttpRequest.Builder apply(HttpRequest.Builder request) {
            if (cookie != null) {
                request.header("Cookie", "JSESSIONID=" + cookie);
            }
            if (csrf != null) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            return request;
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    Session signIn(String username, String password) throws IOException, InterruptedException {
        String authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = http.send(
                request("/api/me").header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + username + " answered " + me.statusCode());
        }
        String cookie = cookie(me);
        HttpResponse<String> page = http.send(
                request("/portal/services")
                        .header("Cookie", "JSESSIONID=" + cookie)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Session(cookie, find(CSRF, page.body(), "CSRF token"));
    }

    Session anonymous() throws IOException, InterruptedException {
        HttpResponse<Void> page =
                http.send(request("/portal/services").GET().build(), HttpResponse.BodyHandlers.discarding());
        return new Session(cookie(page), null);
    }

    /** Opens a Vaadin UI on {@code route} in the session, as the Flow client does; returns the size of its first render. */
    int openUi(Session session, String route) throws IOException, InterruptedException {
        if (session.cookie() == null) {
            throw new IllegalStateException("no session cookie");
        }
        String init = send(
                session,
                request("/?v-r=init&location=" + route.replace("/", "%2F")
                                + "&query=&v-browserDetails=1&v-sw=1280&v-sh=900&v-tzo=-60&v-rtzo=-60&v-dstd=60&v-dston=false"
                                + "&v-tzid=Europe%2FWarsaw&v-ch=900&v-cw=1280&v-np=false&v-td=false&v-pr=1&v-wn=bench")
                        .GET());
        String key = find(SECURITY_KEY, init, "security key");
        String uiId = find(UI_ID, init, "UI id");
        String navigate =
                "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"" + route
                        + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                        + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        String render = send(
                session,
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        if (!render.contains("\"tag\"")) {
            throw new IllegalStateException(
                    "the UI on " + route + " rendered nothing: " + render.substring(0, Math.min(300, render.length())));
        }
        return render.length();
    }

    private String send(Session session, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(session.apply(request).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElse(null);
    }
}
