package pl.cus.portal.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.AccountRegistered;
import pl.cus.portal.identity.ExternalIdentityLinked;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;

/**
 * Maps a person signed in at an external identity provider to a portal account (decision 0012):
 * <ol>
 *   <li>a known (provider, subject) is that account;</li>
 *   <li>otherwise an account whose e-mail equals the provider's address is linked, but only if the provider says
 *       the address is verified ({@code email_verified=true}); an unverified address that matches an existing account
 *       is refused, so nobody takes over an account by claiming its address;</li>
 *   <li>otherwise a new resident account is opened from the {@code name}/{@code email} claims (the address kept only
 *       if verified) and linked.</li>
 * </ol>
 * Staff accounts never sign in this way, and disabled accounts not at all.
 */
@Component
class OidcAccounts {

    static final String STAFF_REFUSED = "staff_account";
    static final String DISABLED = "account_disabled";
    static final String UNVERIFIED_EMAIL_IN_USE = "unverified_email_in_use";
    static final String NOT_LINKABLE = "not_linkable";

    private static final Set<String> LANGUAGES = Set.of("pl", "en", "uk");

    private final AccountStore accounts;
    private final ExternalIdentityStore identities;
    private final EventLog events;
    private final TransactionalOperator transactions;

    OidcAccounts(
            AccountStore accounts,
            ExternalIdentityStore identities,
            EventLog events,
            TransactionalOperator transactions) {
        this.accounts = accounts;
        this.identities = identities;
        this.events = events;
        this.transactions = transactions;
    }

    /** The principal for the servlet sign-in: awaited here, on the Tomcat thread that handles the callback. */
    OidcAccountPrincipal principalFor(String provider, OidcUser user) {
        Account account = Objects.requireNonNull(
                accountFor(provider, user).block(Duration.ofSeconds(15)),
                "accountFor links, opens or refuses an account, never completes empty");
        var authorities = account.roles().stream()
                .map(Role::authority)
                .map(SimpleGrantedAuthority::new)
                .toList();
        return new OidcAccountPrincipal(account, authorities, user.getIdToken(), user.getUserInfo());
    }

    /** The account this person signs in to; fails with {@link OAuth2AuthenticationException} when refused. */
    Mono<Account> accountFor(String provider, OidcUser user) {
        String subject = user.getSubject();
        if (subject == null || subject.isBlank()) {
            return Mono.error(refused(NOT_LINKABLE, "The identity provider sent no subject."));
        }
        return identities
                .findAccountId(provider, subject)
                .flatMap(accounts::findById)
                .map(OidcAccounts::allowed)
                .switchIfEmpty(Mono.defer(() -> firstSignIn(provider, subject, user)));
    }

    private Mono<Account> firstSignIn(String provider, String subject, OidcUser user) {
        String email = user.getEmail() == null || user.getEmail().isBlank()
                ? null
                : user.getEmail().strip().toLowerCase(Locale.ROOT);
        boolean verified = email != null && Boolean.TRUE.equals(user.getEmailVerified());
        Mono<Account> existing = email == null
                ? Mono.empty()
                : accounts.findByEmail(email).map(stored -> {
                    if (!verified) {
                        throw refused(
                                UNVERIFIED_EMAIL_IN_USE,
                                "An account with this e-mail exists, but the provider has not verified the address.");
                    }
                    return allowed(stored);
                });
        return existing.flatMap(account -> link(provider, subject, account).thenReturn(account))
                .switchIfEmpty(Mono.defer(() -> openResidentAccount(provider, subject, user, verified ? email : null)))
                .as(transactions::transactional);
    }

    private Mono<Account> openResidentAccount(
            String provider, String subject, OidcUser user, @Nullable String verifiedEmail) {
        UUID id = UUID.randomUUID();
        // Residents opened here have no password, so their username is never typed: it only has to be unique.
        String username = verifiedEmail != null ? verifiedEmail : "ext-" + id;
        var account = new Account(
                id,
                username,
                verifiedEmail,
                displayName(user, verifiedEmail, username),
                Set.of(Role.RESIDENT),
                language(user));
        return accounts.insert(account, null)
                .switchIfEmpty(Mono.error(() -> refused(NOT_LINKABLE, "The account could not be opened.")))
                .flatMap(created ->
                        events.append(new AccountRegistered(created.id())).thenReturn(created))
                .flatMap(created -> link(provider, subject, created).thenReturn(created));
    }

    private Mono<Void> link(String provider, String subject, Account account) {
        return identities
                .link(provider, subject, account.id())
                .flatMap(linked -> linked
                        ? events.append(new ExternalIdentityLinked(account.id(), provider))
                                .then()
                        : Mono.error(refused(
                                NOT_LINKABLE, "This account is already linked to another person at this provider.")));
    }

    private static Account allowed(AccountStore.StoredAccount stored) {
        if (stored.account().roles().stream().anyMatch(Role::isStaff)) {
            throw refused(STAFF_REFUSED, "Staff sign in with their username and password.");
        }
        if (!stored.enabled()) {
            throw refused(DISABLED, "This account is disabled.");
        }
        return stored.account();
    }

    private static String displayName(OidcUser user, @Nullable String email, String username) {
        String name = Stream.of(
                        user.getFullName(),
                        Stream.of(user.getGivenName(), user.getFamilyName())
                                .filter(part -> part != null && !part.isBlank())
                                .collect(Collectors.joining(" ")),
                        email)
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .findFirst()
                .orElse(username)
                .strip();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static String language(OidcUser user) {
        String locale = user.getLocale();
        if (locale == null) {
            return "pl";
        }
        String language = Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
        return LANGUAGES.contains(language) ? language : "pl";
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
