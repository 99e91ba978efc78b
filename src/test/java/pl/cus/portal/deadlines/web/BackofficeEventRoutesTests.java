package pl.cus.portal.deadlines.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The stream's framing without a server: the heartbeat on virtual time, and an event's id and data. */
class BackofficeEventRoutesTests {

    @Test
    void anIdleStreamOpensAtOnceThenSendsAHeartbeatEveryInterval() {
        StepVerifier.withVirtualTime(() -> BackofficeEventRoutes.withHeartbeat(Flux.never(), Duration.ofSeconds(15)))
                .assertNext(open -> assertThat(open.comment()).isEqualTo("connected"))
                .expectNoEvent(Duration.ofSeconds(14))
                .thenAwait(Duration.ofSeconds(1))
                .assertNext(beat -> assertThat(beat.comment()).isEqualTo(BackofficeEventRoutes.HEARTBEAT))
                .thenAwait(Duration.ofSeconds(15))
                .assertNext(beat -> assertThat(beat.comment()).isEqualTo(BackofficeEventRoutes.HEARTBEAT))
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void eventsPassThroughBetweenHeartbeats() {
        ServerSentEvent<Object> change =
                ServerSentEvent.builder((Object) "x").id("7").build();
        StepVerifier.withVirtualTime(() -> BackofficeEventRoutes.withHeartbeat(
                        Flux.just(change)
                                .delaySubscription(Duration.ofSeconds(5))
                                .concatWith(Flux.never()),
                        Duration.ofSeconds(15)))
                .expectNextMatches(open -> "connected".equals(open.comment()))
                .thenAwait(Duration.ofSeconds(5))
                .expectNext(change)
                .thenAwait(Duration.ofSeconds(10))
                .expectNextMatches(beat -> BackofficeEventRoutes.HEARTBEAT.equals(beat.comment()))
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void anEventCarriesTheLogSequenceAsIdAndTheStateInItsData() {
        UUID id = UUID.randomUUID();
        var sse = BackofficeEventRoutes.toServerSentEvent(
                new StoredEvent(42, Instant.parse("2027-01-30T10:00:00Z"), "PlanPrepared", id, "{}"),
                Optional.of(DeadlineState.MET));
        assertThat(sse.id()).isEqualTo("42");
        assertThat(sse.event()).isEqualTo("PlanPrepared");
        assertThat(sse.data())
                .isEqualTo(new BackofficeEventRoutes.Change(
                        id, "PlanPrepared", DeadlineState.MET, Instant.parse("2027-01-30T10:00:00Z")));
    }
}
