package pl.cus.portal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.SignInName;

/**
 * Counts failed password sign-ins per account and per client address (leaky buckets, in memory, per instance) and
 * says whether a new attempt must wait. Failures are learnt from Spring Security's authentication events, so the form
 * and HTTP Basic count alike; {@link LoginThrottleFilter} refuses attempts while a bucket is full. A wrong current
 * password when changing the password counts against the same account allowance ({@link AccountService}).
 *
 * <p>Names are keyed by their one normalised form ({@link SignInName}); a failure for a name that reaches an account
 * counts against every name of that account (its username and its e-mail address), so each spelling of an account
 * shares one allowance. A refused name (control or format characters) never reaches an account and counts only
 * against the address.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String REFUSED_NAME = "(refused name)";

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Function<SignInName, Set<String>> aliases;
    private final LeakyBuckets accounts;
    private final LeakyBuckets addresses;

    /** Every name of the account the name reaches (or the name alone), looked up only when a failure is counted. */
    @Autowired
    LoginThrottle(LoginThrottleProperties properties, Clock clock, AccountStore store) {
        this(
                properties,
                clock,
                name -> store.findByLogin(name)
                        .map(stored -> names(stored.account()))
                        .blockOptional(Duration.ofSeconds(10))
                        .orElse(Set.of(name.value())));
    }

    /** Without accounts: each name is only itself. */
    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this(properties, clock, name -> Set.of(name.value()));
    }

    private LoginThrottle(LoginThrottleProperties properties, Clock clock, Function<SignInName, Set<String>> aliases) {
        this.properties = properties;
        this.clock = clock;
        this.aliases = aliases;
        this.accounts = new LeakyBuckets(properties.perAccount(), properties.window(), properties.maxTracked());
        this.addresses = new LeakyBuckets(properties.perAddress(), properties.window(), properties.maxTracked());
    }

    /** How long an attempt for this name (as typed) from this address must wait; empty when it may go ahead. */
    public Optional<Duration> waitFor(String typedName, @Nullable String address) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Duration account = SignInName.of(typedName)
                .map(name -> accounts.waitFor(name.value(), now))
                .orElse(Duration.ZERO);
        Duration client = address == null ? Duration.ZERO : addresses.waitFor(address, now);
        Duration longer = account.compareTo(client) >= 0 ? account : client;
        return longer.isPositive() ? Optional.of(longer) : Optional.empty();
    }

    /** How long a password check for this account must wait (for a password change, which has no typed name). */
    Optional<Duration> waitFor(Account account) {
        return waitFor(account.username(), null);
    }

    /** A wrong password for a name as typed, from an address. */
    public void failed(String typedName, @Nullable String address) {
        if (!properties.enabled()) {
            return;
        }
        Optional<SignInName> name = SignInName.of(typedName);
        fail(name.map(aliases).orElse(Set.of()), address);
        if (waitFor(typedName, address).isPresent()) {
            log.warn("Sign-in locked after repeated failures: account '{}', address {}", logged(name), address);
        }
    }

    /** A wrong current password when changing the password of this (signed-in) account. */
    void failed(Account account) {
        if (!properties.enabled()) {
            return;
        }
        fail(names(account), null);
        if (waitFor(account).isPresent()) {
            log.warn("Password checks locked after repeated failures: account '{}'", account.username());
        }
    }

    private void fail(Set<String> names, @Nullable String address) {
        Instant now = clock.instant();
        names.forEach(name -> accounts.fill(name, now));
        if (address != null) {
            addresses.fill(address, now);
        }
    }

    /** A correct password forgives the account (under all its names), not the address. */
    public void succeeded(String typedName) {
        // Looked up only when there is something to forgive: a correct sign-in costs nothing extra.
        SignInName.of(typedName)
                .filter(name -> accounts.tracks(name.value()))
                .ifPresent(name -> aliases.apply(name).forEach(accounts::forget));
    }

    void succeeded(Account account) {
        names(account).forEach(accounts::forget);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            return;
        }
        String typedName = event.getAuthentication().getName();
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        log.info("Failed sign-in for account '{}' from {}", logged(SignInName.of(typedName)), address);
        failed(typedName, address);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    /** The normalised name for the log: never the raw input, which may carry line breaks or terminal controls. */
    static String logged(Optional<SignInName> name) {
        return name.map(SignInName::value).orElse(REFUSED_NAME);
    }

    private static Set<String> names(Account account) {
        Set<String> names = new HashSet<>();
        SignInName.of(account.username()).ifPresent(name -> names.add(name.value()));
        SignInName.of(account.email()).ifPresent(name -> names.add(name.value()));
        return names;
    }
}
