package pl.cus.portal.identity;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Opening a resident account by e-mail confirmation, and resetting a forgotten password by e-mail link (issue 14).
 * Neither request tells its caller whether the address has an account: a valid request always completes the same
 * way, and the mail says the rest to the owner of the address. Requests that send mail are limited per address and
 * per client ({@link pl.cus.portal.shared.DomainException.TooManyRequests}).
 */
public interface Registrations {

    /**
     * Checks the registration (every invalid field at once, {@link pl.cus.portal.shared.InvalidInput}) and mails the
     * address: a confirmation link when it has no account, a note that it has one (with the way to reset the
     * password) when it does. {@code client} is the caller's network address, for the per-client limit.
     */
    Mono<Void> register(Registration registration, @Nullable String client);

    /** Follows a confirmation link: opens the account once; an unknown, used or expired token fails on field {@code token}. */
    Mono<Account> confirm(@Nullable String token);

    /** Mails a reset link when the address has an account with a password; completes alike when it has none. */
    Mono<Void> requestPasswordReset(String email, String language, @Nullable String client);

    /**
     * Follows a reset link: sets the new password (subject to the password rules, field {@code password}) once; an
     * unknown, used or expired token fails on field {@code token}.
     */
    Mono<Void> resetPassword(@Nullable String token, String newPassword);
}
