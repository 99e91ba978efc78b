package pl.cus.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The leaky buckets behind login throttling, on a clock the test moves. */
class LoginThrottleTests {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle =
            new LoginThrottle(new LoginThrottleProperties(true, 5, 20, Duration.ofMinutes(15), 1000), clock);

    @Test
    void anAccountIsLockedAfterItsLimitOfFailuresAndOneMoreTryIsAllowedPerWindowShare() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("Marek", "10.0.0." + i);
            assertThat(throttle.waitFor("marek", "10.0.0.99"))
                    .as("after %d failures", i)
                    .isEmpty();
        }
        throttle.failed("marek ", "10.0.0.5");
        // 5 failures in a 15-minute window: one more attempt every 3 minutes, whatever the address.
        assertThat(throttle.waitFor("MAREK", "10.0.0.99"))
                .hasValueSatisfying(wait -> assertThat(wait)
                        .isGreaterThan(Duration.ofSeconds(170))
                        .isLessThanOrEqualTo(Duration.ofMinutes(3)));
        assertThat(throttle.waitFor("someone-else", "10.0.0.99")).isEmpty();

        clock.now = clock.now.plus(Duration.ofMinutes(3));
        assertThat(throttle.waitFor("marek", "10.0.0.99")).isEmpty();
        throttle.failed("marek", "10.0.0.6");
        assertThat(throttle.waitFor("marek", "10.0.0.99")).isPresent();
    }

    @Test
    void aSuccessfulSignInForgivesTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ola", "10.1.1.1");
        }
        throttle.succeeded("ola");
        throttle.failed("ola", "10.1.1.1");
        assertThat(throttle.waitFor("ola", "10.1.1.2")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.waitFor("user" + i, "192.0.2.7")).isEmpty();
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.waitFor("a-real-account", "192.0.2.7"))
                .hasValueSatisfying(wait -> assertThat(wait)
                        .isLessThanOrEqualTo(Duration.ofSeconds(45))
                        .isPositive());
        assertThat(throttle.waitFor("a-real-account", "192.0.2.8")).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("a-real-account", "192.0.2.7")).isEmpty();
    }

    @Test
    void spellingsOfOneNameShareOneBucketAndRefusedNamesCountOnlyAgainstTheAddress() {
        for (String spelling : new String[] {"zofia", " ZOFIA", "Zofia\u00a0", "\u2003zofia", "ZoFiA "}) {
            assertThat(throttle.waitFor("zofia", "10.2.2.2")).isEmpty();
            throttle.failed(spelling, "10.2.2." + spelling.length());
        }
        for (String spelling : new String[] {"zofia", "ZOFIA", " zofia "}) {
            assertThat(throttle.waitFor(spelling, "10.2.2.99")).as(spelling).isPresent();
        }
        // A name with a control or format character never reaches an account: it has no account bucket of its own.
        for (int i = 0; i < 10; i++) {
            throttle.failed("\u0001marta" + "\u200b".repeat(i), "10.3.3.3");
        }
        assertThat(throttle.waitFor("marta", "10.3.3.4")).isEmpty();
        assertThat(throttle.waitFor("\u0001marta", "10.3.3.4")).isEmpty();
        assertThat(throttle.waitFor(null, "10.3.3.4")).isEmpty();
    }

    @Test
    void switchedOffItNeverLocks() {
        var off = new LoginThrottle(new LoginThrottleProperties(false, 1, 1, Duration.ofMinutes(15), 1000), clock);
        for (int i = 0; i < 10; i++) {
            off.failed("x", "192.0.2.9");
        }
        assertThat(off.waitFor("x", "192.0.2.9")).isEmpty();
    }

    @Test
    void basicHeaderUsernameIsReadAndMalformedHeadersAreLeftToTheBasicFilter() {
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString("jan:kowalski:ma:dwukropki".getBytes());
        assertThat(LoginThrottleFilter.basicUsername(header)).contains("jan");
        assertThat(LoginThrottleFilter.basicUsername("Basic !!!not-base64")).isEmpty();
        assertThat(LoginThrottleFilter.basicUsername("Bearer abc")).isEmpty();
        assertThat(LoginThrottleFilter.basicUsername(null)).isEmpty();
    }
}
