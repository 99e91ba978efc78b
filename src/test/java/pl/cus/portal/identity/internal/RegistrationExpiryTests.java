package pl.cus.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;

/**
 * Issue 14, item 2: links expire (confirmation after {@code cus.identity.registration.confirmation-validity}, reset
 * after {@code reset-validity}, 30 minutes), judged on the injected clock, here one the test moves.
 */
class RegistrationExpiryTests extends PortalIntegrationTest {

    @Autowired
    AccountStore accounts;

    @Autowired
    AccountTokenStore tokens;

    @Autowired
    AccountMails mails;

    @Autowired
    PasswordRules rules;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    EventLog events;

    @Autowired
    TransactionalOperator transactions;

    @Autowired
    RegistrationProperties properties;

    @Autowired
    AccountSessions sessions;

    final LoginThrottleTests.MovableClock clock = new LoginThrottleTests.MovableClock();

    private RegistrationService service() {
        clock.now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new RegistrationService(
                accounts,
                tokens,
                mails,
                new AccountMailThrottle(properties, clock),
                rules,
                passwords,
                events,
                transactions,
                properties,
                sessions,
                clock);
    }

    @Test
    void aConfirmationLinkWorksForADayAndNotAfter() {
        var service = service();
        String late = "late-" + UUID.randomUUID() + "@example.org";
        String timely = "timely-" + UUID.randomUUID() + "@example.org";
        service.register(new Registration(late, "a passphrase of mine", "Late Person", "en"), null)
                .block(Duration.ofSeconds(15));
        service.register(new Registration(timely, "a passphrase of mine", "Timely Person", "en"), null)
                .block(Duration.ofSeconds(15));
        assertThat(properties.confirmationValidity()).isEqualTo(Duration.ofHours(24));

        clock.now = clock.now.plus(Duration.ofHours(24)).minusSeconds(1);
        assertThat(service.confirm(mailedToken(timely, "portal/confirm-account"))
                        .block(Duration.ofSeconds(15))
                        .email())
                .isEqualTo(timely);
        clock.now = clock.now.plusSeconds(2);
        assertThatThrownBy(() -> service.confirm(mailedToken(late, "portal/confirm-account"))
                        .block(Duration.ofSeconds(15)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid ->
                                assertThat(invalid.errors().getFirst().field()).isEqualTo("token"));
        assertThat(accounts.findByEmail(late).blockOptional(Duration.ofSeconds(5)))
                .isEmpty();
    }

    @Test
    void aResetLinkWorksForThirtyMinutesAndNotAfter() {
        var service = service();
        String email = "expiring-" + UUID.randomUUID() + "@example.org";
        registerConfirmed(email, "the first passphrase", "Expiring Person");
        service.requestPasswordReset(email, "pl", null).block(Duration.ofSeconds(15));
        String first = mailedToken(email, "portal/reset-password");
        clock.now = clock.now.plus(Duration.ofMinutes(30)).plusSeconds(1);
        assertThatThrownBy(() ->
                        service.resetPassword(first, "the second passphrase").block(Duration.ofSeconds(15)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid ->
                                assertThat(invalid.errors().getFirst().field()).isEqualTo("token"));

        service.requestPasswordReset(email, "pl", null).block(Duration.ofSeconds(15));
        String second = mailedToken(email, "portal/reset-password");
        assertThat(second).isNotEqualTo(first);
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        service.resetPassword(second, "the second passphrase").block(Duration.ofSeconds(15));
        assertThat(passwords.matches(
                        "the second passphrase",
                        accounts.findByEmail(email).block(Duration.ofSeconds(5)).passwordHash()))
                .isTrue();
    }
}
