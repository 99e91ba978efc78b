package pl.cus.portal.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Registration by e-mail confirmation and password reset by e-mail link ({@code cus.identity.registration.*}, issue
 * 14). Every request that sends a mail (a registration, a reset request) counts against the e-mail address's and the
 * client address's allowance; past it the answer is 429 with {@code Retry-After}. The allowance refills evenly over
 * {@code window} (one more request every {@code window / per-email}).
 *
 * @param perEmail               mail-sending requests for one e-mail address within {@code window}
 * @param perClient              mail-sending requests from one client (network) address within {@code window}, any
 *                               e-mail addresses; higher, since an office or a household shares one
 * @param window                 the time over which the allowance refills
 * @param confirmationValidity   how long a registration's confirmation link works
 * @param resetValidity          how long a password-reset link works
 * @param maxTracked             most addresses the limiter keeps in memory; the refilled ones are dropped first
 */
@ConfigurationProperties("cus.identity.registration")
public record RegistrationProperties(
        @DefaultValue("10") int perEmail,
        @DefaultValue("100") int perClient,
        @DefaultValue("1h") Duration window,
        @DefaultValue("24h") Duration confirmationValidity,
        @DefaultValue("30m") Duration resetValidity,
        @DefaultValue("100000") int maxTracked) {

    public RegistrationProperties {
        if (perEmail < 1 || perClient < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "cus.identity.registration.per-email, per-client and window must be positive");
        }
    }
}
