package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import pl.cus.portal.PortalIntegrationTest;

/**
 * Issue 14, item 7: a rejected registration is a 400 problem detail however many arrive at once; before, about 8 in
 * 300 concurrent ones answered 500 or lost the connection ("The current thread was interrupted").
 */
class RegistrationConcurrencyTests extends PortalIntegrationTest {

    @Test
    void threeHundredInvalidRegistrationsFromSixteenThreadsAllGet400() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 300; i++) {
                int n = i;
                answers.add(threads.submit(() -> {
                    // Each invalid in another way: the address, the password, the name.
                    String body = switch (n % 3) {
                        case 0 ->
                            "{\"email\":\"not-an-address-" + n + "\",\"password\":\"a long enough passphrase " + n
                                    + "\",\"displayName\":\"X\"}";
                        case 1 ->
                            "{\"email\":\"weak-" + n + "@example.org\",\"password\":\"short\",\"displayName\":\"X\"}";
                        default ->
                            "{\"email\":\"noname-" + n + "@example.org\",\"password\":\"a long enough passphrase " + n
                                    + "\",\"displayName\":\" \"}";
                    };
                    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/accounts"))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 400 && response.body().contains("\"status\":400")
                                ? "400"
                                : response.statusCode() + " " + response.body();
                    } catch (java.io.IOException dropped) {
                        return "connection: " + dropped;
                    }
                }));
            }
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (var answer : answers) {
            outcomes.merge(answer.get(), 1, Integer::sum);
        }
        assertThat(outcomes).containsExactly(Map.entry("400", 300));
    }
}
