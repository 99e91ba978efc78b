package pl.cus.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.Role;
import reactor.test.StepVerifier;

/**
 * The second sign-in path's account mapping, called with constructed OIDC users: no identity provider is needed.
 * And without a configured provider the application serves no OAuth2 endpoint at all.
 */
class OidcAccountsTests extends PortalIntegrationTest {

    private static final String PROVIDER = "login-gov";
    private static final UUID EWA = UUID.fromString("00000000-0000-0000-0000-000000000201");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    OidcAccounts oidc;

    @Autowired
    ExternalIdentityStore identities;

    @Autowired
    Accounts accounts;

    @Autowired
    DatabaseClient db;

    @Autowired
    ObjectProvider<ClientRegistrationRepository> registrations;

    @Test
    void aNewSubjectOpensAResidentAccountAndLinksIt() {
        String subject = uniqueSubject();
        String email = subject + "@example.org";
        var principal = oidc.principalFor(
                PROVIDER,
                user(
                        subject,
                        Map.of(
                                "email",
                                email.toUpperCase(),
                                "email_verified",
                                true,
                                "name",
                                "Krystyna Jankowska",
                                "locale",
                                "uk-UA")));

        var actor = Actors.of(new OAuth2AuthenticationToken(principal, principal.getAuthorities(), PROVIDER))
                .orElseThrow();
        assertThat(actor.roles()).containsExactly(Role.RESIDENT);
        assertThat(actor.displayName()).isEqualTo("Krystyna Jankowska");
        assertThat(principal.getName()).isEqualTo(email);
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_RESIDENT");

        Account account = accounts.findById(actor.id()).block(Duration.ofSeconds(5));
        assertThat(account.email()).isEqualTo(email);
        assertThat(account.preferredLanguage()).isEqualTo("uk");
        assertThat(identities.findAccountId(PROVIDER, subject).block(Duration.ofSeconds(5)))
                .isEqualTo(actor.id());
        assertThat(eventTypes(actor.id())).containsExactly("AccountRegistered", "ExternalIdentityLinked");
        assertThat(eventPayloads(actor.id()))
                .noneMatch(payload -> payload.contains(subject) || payload.contains("Krystyna"));

        // No password: the e-mail address cannot be used with the password form.
        clientWithBasic(email, "")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void theSameSubjectFindsTheSameAccountAgain() {
        String subject = uniqueSubject();
        UUID first = oidc.accountFor(PROVIDER, user(subject, Map.of("name", "Adam Lis")))
                .block(Duration.ofSeconds(5))
                .id();
        // Claims may change at the provider; the subject is what identifies the person.
        UUID second = oidc.accountFor(
                        PROVIDER,
                        user(
                                subject,
                                Map.of(
                                        "name",
                                        "Adam Lis-Kowal",
                                        "email",
                                        subject + "@example.org",
                                        "email_verified",
                                        true)))
                .block(Duration.ofSeconds(5))
                .id();
        assertThat(second).isEqualTo(first);
        assertThat(eventTypes(first)).containsExactly("AccountRegistered", "ExternalIdentityLinked");
        // Another provider's identical subject is another person.
        UUID other = oidc.accountFor("other-idp", user(subject, Map.of("name", "Adam Lis")))
                .block(Duration.ofSeconds(5))
                .id();
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aVerifiedEmailOfAnExistingResidentLinksThatAccount() {
        String email = uniqueSubject() + "@example.org";
        UUID resident = registerConfirmed(email, "haslo-mieszkanki-1", "Maria Sowa");
        String subject = uniqueSubject();

        Account mapped = oidc.accountFor(
                        PROVIDER, user(subject, Map.of("email", email, "email_verified", true, "name", "M. Sowa")))
                .block(Duration.ofSeconds(5));

        assertThat(mapped.id()).isEqualTo(resident);
        assertThat(mapped.displayName()).isEqualTo("Maria Sowa");
        assertThat(identities.findAccountId(PROVIDER, subject).block(Duration.ofSeconds(5)))
                .isEqualTo(resident);
        assertThat(eventTypes(resident)).containsExactly("AccountRegistered", "ExternalIdentityLinked");
        clientWithBasic(email, "haslo-mieszkanki-1")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void anUnverifiedEmailOfAnExistingAccountIsRefusedAndLinksNothing() {
        String email = uniqueSubject() + "@example.org";
        UUID resident = registerConfirmed(email, "haslo-mieszkanki-2", "Jan Kos");
        String subject = uniqueSubject();

        for (Map<String, Object> claims :
                List.<Map<String, Object>>of(Map.of("email", email, "email_verified", false), Map.of("email", email))) {
            oidc.accountFor(PROVIDER, user(subject, claims))
                    .as(StepVerifier::create)
                    .expectErrorSatisfies(error -> assertRefused(error, OidcAccounts.UNVERIFIED_EMAIL_IN_USE))
                    .verify();
        }
        assertThat(identities.findAccountId(PROVIDER, subject).blockOptional(Duration.ofSeconds(5)))
                .isEmpty();
        assertThat(eventTypes(resident)).containsExactly("AccountRegistered");
    }

    @Test
    void anUnverifiedEmailNobodyUsesOpensAnAccountWithoutTheAddress() {
        String subject = uniqueSubject();
        String email = subject + "@example.org";
        Account account = oidc.accountFor(
                        PROVIDER, user(subject, Map.of("email", email, "email_verified", false, "name", "Ola")))
                .block(Duration.ofSeconds(5));
        assertThat(account.email()).isNull();
        assertThat(account.username()).startsWith("ext-");
        // The address stays free for whoever can prove it.
        assertThat(registerConfirmed(email, "haslo-kogos-innego", "Ola")).isNotEqualTo(account.id());
    }

    @Test
    void staffNeverSignInThisWay() {
        oidc.accountFor(PROVIDER, user(uniqueSubject(), Map.of("email", "ewa@cus.example.org", "email_verified", true)))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertRefused(error, OidcAccounts.STAFF_REFUSED))
                .verify();

        String subject = uniqueSubject();
        assertThat(identities.link(PROVIDER, subject, EWA).block(Duration.ofSeconds(5)))
                .isTrue();
        oidc.accountFor(PROVIDER, user(subject, Map.of("name", "Ewa")))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertRefused(error, OidcAccounts.STAFF_REFUSED))
                .verify();
        try {
            oidc.principalFor(PROVIDER, user(subject, Map.of("name", "Ewa")));
            throw new AssertionError("a staff account was signed in through the identity provider");
        } catch (OAuth2AuthenticationException refused) {
            assertThat(refused.getError().getErrorCode()).isEqualTo(OidcAccounts.STAFF_REFUSED);
        }
    }

    @Test
    void aDisabledResidentIsRefused() {
        String subject = uniqueSubject();
        UUID id = oidc.accountFor(PROVIDER, user(subject, Map.of("name", "Zenon")))
                .block(Duration.ofSeconds(5))
                .id();
        db.sql("update account set enabled = false where id = :id")
                .bind("id", id)
                .then()
                .block(Duration.ofSeconds(5));
        oidc.accountFor(PROVIDER, user(subject, Map.of("name", "Zenon")))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertRefused(error, OidcAccounts.DISABLED))
                .verify();
    }

    @Test
    void withoutAConfiguredProviderThereIsNoOAuth2Login() {
        assertThat(registrations.getIfAvailable()).isNull();
        for (String path : List.of("/oauth2/authorization/login-gov", "/login/oauth2/code/login-gov?code=x&state=y")) {
            // No OAuth2 filter: the path is an ordinary, unknown page, which an anonymous visitor is sent to sign in
            // for (with the filter, the first would redirect to the provider, the second fail to
            // /login?external-error).
            var result = client().get().uri(path).exchange().returnResult(String.class);
            int status = result.getStatus().value();
            String location = result.getResponseHeaders().getFirst("Location");
            assertThat(status == 404 || (status == 302 && location != null && location.endsWith("/login")))
                    .as(path + " answered " + status + " " + location)
                    .isTrue();
        }
    }

    private static void assertRefused(Throwable error, String code) {
        assertThat(error).isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(((OAuth2AuthenticationException) error).getError().getErrorCode())
                .isEqualTo(code);
    }

    private static OidcUser user(String subject, Map<String, Object> claims) {
        var token = OidcIdToken.withTokenValue("id-token-" + subject)
                .issuer("https://idp.example.org")
                .subject(subject)
                .audience(Set.of("cus-portal"))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .claims(all -> all.putAll(claims))
                .build();
        return new DefaultOidcUser(List.of(), token);
    }

    private List<String> eventTypes(UUID aggregate) {
        return db.sql("select type from event_log where aggregate_id = :id order by seq")
                .bind("id", aggregate)
                .map(row -> row.get(0, String.class))
                .all()
                .collectList()
                .block(Duration.ofSeconds(5));
    }

    private List<String> eventPayloads(UUID aggregate) {
        return db.sql("select payload::text from event_log where aggregate_id = :id order by seq")
                .bind("id", aggregate)
                .map(row -> row.get(0, String.class))
                .all()
                .collectList()
                .block(Duration.ofSeconds(5));
    }

    private org.springframework.test.web.reactive.server.WebTestClient clientWithBasic(
            String username, String password) {
        return org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(username, password))
                .build();
    }

    private static String uniqueSubject() {
        return "sub" + SEQUENCE.incrementAndGet() + "x" + Long.toString(System.nanoTime(), 36);
    }
}
