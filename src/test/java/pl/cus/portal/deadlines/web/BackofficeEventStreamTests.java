package pl.cus.portal.deadlines.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.ContractEvents;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.PrematureCloseException;
import reactor.test.StepVerifier;
import reactor.util.retry.Retry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/backoffice/events} over HTTP: live events with id and data, replay after reconnecting, staff only. */
class BackofficeEventStreamTests extends PortalIntegrationTest {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE =
            new ParameterizedTypeReference<>() {};
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EventLog log;

    @Autowired
    Deadlines deadlines;

    @Autowired
    pl.cus.portal.deadlines.DeadlineTracking tracking;

    private Flux<ServerSentEvent<String>> connect(String lastEventId) {
        var request = clientAs("ewa")
                .mutate()
                .responseTimeout(WAIT)
                .build()
                .get()
                .uri("/api/backoffice/events")
                .accept(MediaType.TEXT_EVENT_STREAM);
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", lastEventId);
        }
        return request.exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(SSE)
                .getResponseBody();
    }

    /**
     * The stream as a browser's EventSource reads it: a connection closed by the network reconnects after the
     * advertised retry with the id of the last event received, so the replay is still complete and in order.
     */
    private Flux<ServerSentEvent<String>> asEventSource(String lastEventId) {
        String[] last = {lastEventId};
        // Subscribed on a thread that may block: a retry resubscribes on Reactor's timer thread otherwise, where the
        // test client's blocking exchange is refused.
        return Flux.defer(() -> connect(last[0]))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(event -> {
                    if (event.id() != null) {
                        last[0] = event.id();
                    }
                })
                .retryWhen(Retry.fixedDelay(2, Duration.ofSeconds(2))
                        .filter(error -> error instanceof PrematureCloseException
                                || error.getCause() instanceof PrematureCloseException));
    }

    private StoredEvent append(DomainEvent event) {
        return log.append(event).block(WAIT);
    }

    private static JsonNode data(ServerSentEvent<String> event) {
        return JSON.readTree(event.data());
    }

    private static boolean about(ServerSentEvent<String> event, UUID id) {
        return event.data() != null
                && id.toString().equals(data(event).path("applicationId").asString());
    }

    @Test
    void aChangeArrivesWithTheLogSequenceAsIdAndTheDeadlineStateInItsData() {
        UUID id = UUID.randomUUID();
        LocalDate today = deadlines.today();
        List<StoredEvent> appended = new ArrayList<>();
        StepVerifier.create(
                        connect(null).filter(event -> about(event, id)).take(2).publishOn(Schedulers.boundedElastic()))
                .then(() -> appended.add(append(ContractEvents.submitted(id, "ZA_ZYCIEM", today, today.plusDays(30)))))
                .assertNext(event -> {
                    assertThat(event.id())
                            .isEqualTo(Long.toString(appended.getFirst().sequence()));
                    assertThat(data(event).path("type").asString()).isEqualTo("ApplicationSubmitted");
                    assertThat(data(event).path("deadlineState").asString()).isEqualTo("ON_TRACK");
                })
                .assertNext(event -> {
                    assertThat(Long.parseLong(event.id()))
                            .isGreaterThan(appended.getFirst().sequence());
                    assertThat(data(event).path("type").asString()).isEqualTo("DeadlineStateChanged");
                    assertThat(data(event).path("deadlineState").asString()).isEqualTo("ON_TRACK");
                })
                .expectComplete()
                .verify(WAIT);
    }

    @Test
    void aClientReconnectingWithLastEventIdFirstReceivesWhatItMissed() {
        UUID first = UUID.randomUUID();
        UUID missed = UUID.randomUUID();
        LocalDate today = deadlines.today();
        String[] lastSeen = new String[1];
        StepVerifier.create(connect(null)
                        .filter(event -> about(event, first))
                        .take(1)
                        .publishOn(Schedulers.boundedElastic()))
                .then(() -> append(ContractEvents.submitted(first, "IPUS", today, today.plusDays(30))))
                .assertNext(event -> lastSeen[0] = event.id())
                .expectComplete()
                .verify(WAIT);

        // Disconnected: these happen meanwhile (each projected before the next, so that the order is known).
        StoredEvent submitted = append(ContractEvents.submitted(missed, "IPUS", today, today.plusDays(30)));
        tracking.awaitProjected(submitted.sequence()).block(WAIT);
        StoredEvent withdrawn = append(ContractEvents.withdrawn(missed, today));
        tracking.awaitProjected(withdrawn.sequence()).block(WAIT);

        List<ServerSentEvent<String>> replayed = asEventSource(lastSeen[0])
                .filter(event -> about(event, missed))
                .take(4)
                .collectList()
                .block(WAIT);
        assertThat(replayed)
                .extracting(event -> data(event).path("type").asString())
                .containsExactly(
                        "ApplicationSubmitted", "DeadlineStateChanged", "ApplicationWithdrawn", "DeadlineStateChanged");
        assertThat(replayed.getFirst().id()).isEqualTo(Long.toString(submitted.sequence()));
        assertThat(replayed.get(2).id()).isEqualTo(Long.toString(withdrawn.sequence()));
        assertThat(replayed)
                .extracting(ServerSentEvent::id)
                .map(Long::parseLong)
                .isSorted();
        assertThat(data(replayed.get(3)).path("deadlineState").asString()).isEqualTo("CLOSED");
    }

    @Test
    void theStreamOpensWithACommentSoThatClientsAndProxiesSeeItAtOnce() {
        ServerSentEvent<String> first = connect(null).blockFirst(WAIT);
        assertThat(first.comment()).isEqualTo("connected");
        assertThat(first.retry()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void onlyStaffMayListen() {
        client().get()
                .uri("/api/backoffice/events")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        clientAs("anna")
                .get()
                .uri("/api/backoffice/events")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aLastEventIdThatIsNotANumberIsRefused() {
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/events")
                .header("Last-Event-ID", "abc")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("Last-Event-ID");
    }
}
