package pl.cus.portal.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brute-force protection for password sign-in ({@code cus.identity.login-throttle.*}), both the form on
 * {@code /login} and HTTP Basic on {@code /api}. Only failed attempts count. Each account and each client address has
 * a leaky bucket of failures: {@code per-account} (or {@code per-address}) failures within {@code window} lock it, and
 * one more attempt is allowed every {@code window / limit} after that. A successful sign-in empties the account's
 * bucket (not the address's). See docs/decisions/0022-login-throttling-and-security-headers.md.
 *
 * @param enabled    off only for load tests that sign in with wrong passwords on purpose
 * @param perAccount failures of one username before it is locked
 * @param perAddress failures from one client address (any usernames) before it is locked; higher, since many
 *                   people may share an office or a household address
 * @param window     the time over which the failures are forgiven again
 * @param maxTracked most usernames and addresses kept in memory; the drained ones are dropped first
 */
@ConfigurationProperties("cus.identity.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5") int perAccount,
        @DefaultValue("50") int perAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("100000") int maxTracked) {}
