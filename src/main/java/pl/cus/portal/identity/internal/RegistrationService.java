package pl.cus.portal.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.AccountRegistered;
import pl.cus.portal.identity.PasswordChanged;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.identity.Registrations;
import pl.cus.portal.identity.SignInName;
import pl.cus.portal.identity.internal.AccountTokenStore.Purpose;
import pl.cus.portal.identity.internal.AccountTokenStore.Token;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Registration by e-mail confirmation and password reset by e-mail link (issue 14, items 2 to 4). Input is judged on
 * the caller's thread before anything else, so that a refusal is a plain 400 and never waits for a worker thread
 * (item 7); only the deliberately slow hashing runs on one.
 */
@Service
class RegistrationService implements Registrations {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private final AccountStore accounts;
    private final AccountTokenStore tokens;
    private final AccountMails mails;
    private final AccountMailThrottle throttle;
    private final PasswordRules rules;
    private final PasswordEncoder passwords;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final RegistrationProperties properties;
    private final AccountSessions sessions;
    private final Clock clock;

    RegistrationService(
            AccountStore accounts,
            AccountTokenStore tokens,
            AccountMails mails,
            AccountMailThrottle throttle,
            PasswordRules rules,
            PasswordEncoder passwords,
            EventLog events,
            TransactionalOperator transactions,
            RegistrationProperties properties,
            AccountSessions sessions,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.throttle = throttle;
        this.rules = rules;
        this.passwords = passwords;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Mono<Void> register(Registration registration, @Nullable String client) {
        return Mono.defer(() -> {
            List<FieldError> errors = new ArrayList<>(registration.errors());
            rules.check("password", registration.password(), registration.email(), registration.displayName())
                    .ifPresent(errors::add);
            if (!errors.isEmpty()) {
                return Mono.error(new InvalidInput(errors));
            }
            String email = registration.normalisedEmail();
            return throttled("Registration", email, client)
                    // Hashed whether or not the address has an account, so that the time taken tells nothing either.
                    .then(hash(Objects.requireNonNull(registration.password(), "the rules refuse a missing password")))
                    .flatMap(hash -> Mono.justOrEmpty(SignInName.of(email))
                            .flatMap(accounts::findByLogin)
                            .flatMap(existing -> mails.accountExists(
                                            email, existing.account().preferredLanguage())
                                    .thenReturn(true))
                            .switchIfEmpty(Mono.defer(
                                    () -> pending(registration, email, hash).thenReturn(false)))
                            .as(transactions::transactional))
                    .then();
        });
    }

    private Mono<Void> pending(Registration registration, String email, String hash) {
        var now = clock.instant();
        String language = registration.languageOrDefault();
        var token = new Token(
                Purpose.REGISTRATION, email, null, registration.displayName().strip(), hash, language);
        return tokens.purge(now)
                .then(tokens.issue(token, now, now.plus(properties.confirmationValidity())))
                .flatMap(raw -> mails.confirmRegistration(email, language, raw, properties.confirmationValidity()));
    }

    @Override
    public Mono<Account> confirm(@Nullable String token) {
        return Mono.defer(() -> {
            if (token == null || !plausible(token)) {
                return Mono.error(invalidToken());
            }
            return tokens.use(token, Purpose.REGISTRATION, clock.instant())
                    .switchIfEmpty(Mono.error(RegistrationService::invalidToken))
                    .flatMap(pending -> {
                        var account = new Account(
                                UUID.randomUUID(),
                                pending.email(),
                                pending.email(),
                                pending.registeredName(),
                                Set.of(Role.RESIDENT),
                                pending.registeredLanguage());
                        return accounts.insert(account, pending.passwordHash())
                                .switchIfEmpty(
                                        Mono.error(
                                                () -> InvalidInput.of(
                                                        "token",
                                                        "identity.confirm.error.exists",
                                                        "An account with this e-mail address exists already; sign in, or reset the password.")));
                    })
                    .flatMap(created ->
                            events.append(new AccountRegistered(created.id())).thenReturn(created))
                    .as(transactions::transactional)
                    .doOnNext(created ->
                            log.info("Account {} confirmed its e-mail address and was opened", created.id()));
        });
    }

    @Override
    public Mono<Void> requestPasswordReset(String email, String language, @Nullable String client) {
        return Mono.defer(() -> {
            var check = new Registration(email, null, "-", language).errors();
            if (!check.isEmpty()) {
                return Mono.error(new InvalidInput(check));
            }
            String address = SignInName.of(email)
                    .orElseThrow(() -> new IllegalStateException("validated above"))
                    .value();
            return throttled("Password reset request", address, client)
                    .then(accounts.findByEmail(address))
                    // An account opened at an identity provider has no password to reset: treated as no account.
                    .filter(stored -> stored.passwordHash() != null && stored.enabled())
                    .flatMap(stored -> {
                        var now = clock.instant();
                        var token = new Token(
                                Purpose.RESET, address, stored.account().id(), null, null, null);
                        return tokens.purge(now)
                                .then(tokens.issue(token, now, now.plus(properties.resetValidity())))
                                .flatMap(raw -> mails.resetPassword(
                                        address, stored.account().preferredLanguage(), raw, properties.resetValidity()))
                                .as(transactions::transactional);
                    })
                    .then();
        });
    }

    @Override
    public Mono<Void> resetPassword(@Nullable String token, String newPassword) {
        return Mono.defer(() -> {
            if (token == null || !plausible(token)) {
                return Mono.error(invalidToken());
            }
            // The rules need the address and name, which only the token's account knows: judged before it is used.
            return tokens.peek(token, Purpose.RESET, clock.instant())
                    .flatMap(valid -> accounts.findById(valid.resetAccountId()))
                    .switchIfEmpty(Mono.error(RegistrationService::invalidToken))
                    .flatMap(stored -> rules.check(
                                    "password",
                                    newPassword,
                                    stored.account().email(),
                                    stored.account().displayName())
                            .<Mono<String>>map(error -> Mono.error(new InvalidInput(List.of(error))))
                            .orElseGet(() -> hash(newPassword)))
                    .flatMap(hash -> tokens.use(token, Purpose.RESET, clock.instant())
                            .switchIfEmpty(Mono.error(RegistrationService::invalidToken))
                            .flatMap(used -> accounts.setPasswordHash(used.resetAccountId(), hash)
                                    .then(events.append(new PasswordChanged(used.resetAccountId())))
                                    .doOnSuccess(done -> log.info(
                                            "Password of account {} reset by e-mail link", used.resetAccountId()))
                                    .thenReturn(used.resetAccountId()))
                            .as(transactions::transactional))
                    // Whoever knew the old password is signed out everywhere once the new one is committed.
                    .doOnNext(accountId -> sessions.endOthers(accountId, null))
                    .then();
        });
    }

    private Mono<Void> throttled(String what, String email, @Nullable String client) {
        return Mono.defer(() -> throttle.acquire(what, email, client)
                .<Mono<Void>>map(wait -> Mono.error(new DomainException.TooManyRequests(
                        "identity.registration.error.throttled",
                        "Too many requests for this e-mail address or from this address. Try again in "
                                + Math.max(1, wait.toSeconds()) + " seconds.",
                        wait)))
                .orElseGet(Mono::empty));
    }

    /** Bcrypt on a worker; the rest of the chain goes on on another scheduler, so the worker is free at once. */
    private Mono<String> hash(String password) {
        return Mono.fromCallable(() -> passwords.encode(password))
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.parallel());
    }

    /** What {@link AccountTokenStore#newToken()} makes: 43 URL-safe characters. Anything else is not looked up. */
    private static boolean plausible(String token) {
        return token.length() == 43
                && token.chars()
                        .allMatch(c -> (c >= 'a' && c <= 'z')
                                || (c >= 'A' && c <= 'Z')
                                || (c >= '0' && c <= '9')
                                || c == '-'
                                || c == '_');
    }

    private static InvalidInput invalidToken() {
        return InvalidInput.of(
                "token",
                "identity.token.error.invalid",
                "This link is not valid any more: it was used already, it has expired, or it is incomplete. Ask for a new one.");
    }
}
