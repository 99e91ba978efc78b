package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import reactor.test.StepVerifier;

/** The administrator opens, lists, disables and re-enables staff accounts; nobody else may. */
class StaffAccountsTests extends PortalIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Actor ADMIN = actor("00000000-0000-0000-0000-000000000206", "admin", Role.ADMIN);
    private static final Actor COORDINATOR = actor("00000000-0000-0000-0000-000000000201", "ewa", Role.COORDINATOR);
    private static final Actor RESIDENT = actor("00000000-0000-0000-0000-000000000101", "anna", Role.RESIDENT);

    @Autowired
    Accounts accounts;

    @Autowired
    DatabaseClient db;

    @Test
    void adminCreatesAStaffAccountWhoseGeneratedPasswordSignsIn() {
        String username = uniqueUsername();
        var created = accounts.createStaff(
                        ADMIN,
                        new StaffAccountRequest(
                                " " + username + " ",
                                "Zofia Nowicka",
                                username + "@CUS.example.org",
                                Set.of(Role.COORDINATOR, Role.FAMILY_ASSISTANT)))
                .block(Duration.ofSeconds(15));

        assertThat(created.account().username()).isEqualTo(username);
        assertThat(created.account().email()).isEqualTo(username + "@cus.example.org");
        assertThat(created.account().enabled()).isTrue();
        assertThat(created.initialPassword()).hasSize(16).matches("[A-HJ-NP-Za-km-np-z2-9]{16}");
        assertThat(created.toString()).doesNotContain(created.initialPassword());

        basic(username, created.initialPassword())
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.username")
                .isEqualTo(username)
                .jsonPath("$.roles")
                .isEqualTo(List.of("COORDINATOR", "FAMILY_ASSISTANT"));

        // Stored hashed, never in clear; the event carries the roles and no personal data.
        String hash = db.sql("select password_hash from account where id = :id")
                .bind("id", created.account().id())
                .map(row -> row.get(0, String.class))
                .one()
                .block(Duration.ofSeconds(5));
        assertThat(hash).doesNotContain(created.initialPassword()).startsWith("{");
        assertThat(eventPayloads(created.account().id(), "StaffAccountCreated"))
                .singleElement()
                .satisfies(payload -> assertThat(payload)
                        .contains("COORDINATOR")
                        .contains("FAMILY_ASSISTANT")
                        .doesNotContain(username)
                        .doesNotContain("Zofia"));
        assertThat(accounts.staffAccounts(ADMIN)
                        .map(StaffAccount::username)
                        .collectList()
                        .block(Duration.ofSeconds(5)))
                .contains(username, "admin", "ewa")
                .doesNotContain("anna");
    }

    @Test
    void adminCreatesAStaffAccountThroughTheApiAndThePasswordIsShownOnlyThen() {
        String username = uniqueUsername();
        var body = clientAs("admin")
                .post()
                .uri("/api/backoffice/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "displayName", "Tomasz Wójcik", "roles", List.of("ORGANISER")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .value("Location", location -> assertThat(location).startsWith("/api/backoffice/accounts/"))
                .expectHeader()
                .value("Cache-Control", cache -> assertThat(cache).contains("no-store"))
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(body)
                .containsEntry("username", username)
                .containsEntry("enabled", true)
                .containsEntry("roles", List.of("ORGANISER"));
        String password = (String) body.get("initialPassword");
        assertThat(password).hasSize(16);

        basic(username, password)
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.roles[0]")
                .isEqualTo("ORGANISER");

        String list = clientAs("admin")
                .get()
                .uri("/api/backoffice/accounts")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(list)
                .contains("\"username\":\"" + username + "\"")
                .doesNotContain(password)
                .doesNotContain("initialPassword");
    }

    @Test
    void otherStaffAndResidentsAreRefused() {
        var request = new StaffAccountRequest(uniqueUsername(), "Ktoś", null, Set.of(Role.COORDINATOR));
        accounts.createStaff(COORDINATOR, request)
                .as(StepVerifier::create)
                .expectError(DomainException.Forbidden.class)
                .verify();
        accounts.createStaff(RESIDENT, request)
                .as(StepVerifier::create)
                .expectError(DomainException.Forbidden.class)
                .verify();
        accounts.staffAccounts(COORDINATOR)
                .as(StepVerifier::create)
                .expectError(DomainException.Forbidden.class)
                .verify();
        accounts.setEnabled(COORDINATOR, ADMIN.id(), false)
                .as(StepVerifier::create)
                .expectError(DomainException.Forbidden.class)
                .verify();

        var body = Map.of("username", uniqueUsername(), "displayName", "Ktoś", "roles", List.of("COORDINATOR"));
        for (String who : List.of("ewa", "dyrektor", "anna")) {
            clientAs(who)
                    .post()
                    .uri("/api/backoffice/accounts")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            clientAs(who)
                    .get()
                    .uri("/api/backoffice/accounts")
                    .exchange()
                    .expectStatus()
                    .isForbidden();
            clientAs(who)
                    .post()
                    .uri("/api/backoffice/accounts/00000000-0000-0000-0000-000000000202/disable")
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        basic("piotr", "demo").get().uri("/api/me").exchange().expectStatus().isOk();
    }

    @Test
    void invalidFieldsAreNamed() {
        clientAs("admin")
                .post()
                .uri("/api/backoffice/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "username", "A b", "displayName", " ", "email", "not-an-address", "roles", List.of("RESIDENT")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<Object>) fields)
                        .containsExactlyInAnyOrder("username", "displayName", "email", "roles"));

        clientAs("admin")
                .post()
                .uri("/api/backoffice/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", uniqueUsername(), "displayName", "Ola", "roles", List.of("WIZARD")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("roles");

        for (var request : List.of(
                new StaffAccountRequest("ab", "Ola", null, Set.of(Role.DIRECTOR)),
                new StaffAccountRequest("x".repeat(41), "Ola", null, Set.of(Role.DIRECTOR)),
                new StaffAccountRequest("-ola", "Ola", null, Set.of(Role.DIRECTOR)),
                new StaffAccountRequest("ola@cus", "Ola", null, Set.of(Role.DIRECTOR)))) {
            accounts.createStaff(ADMIN, request)
                    .as(StepVerifier::create)
                    .expectErrorSatisfies(error -> assertThat(fields(error)).containsExactly("username"))
                    .verify();
        }
        accounts.createStaff(ADMIN, new StaffAccountRequest(uniqueUsername(), "Ola", null, Set.of()))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(fields(error)).containsExactly("roles"))
                .verify();
        accounts.createStaff(
                        ADMIN,
                        new StaffAccountRequest(uniqueUsername(), "Ola", null, Set.of(Role.ADMIN, Role.RESIDENT)))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(fields(error)).containsExactly("roles"))
                .verify();
    }

    @Test
    void aTakenUsernameOrEmailIsRefusedOnThatField() {
        String username = uniqueUsername();
        accounts.createStaff(ADMIN, new StaffAccountRequest(username, "Pierwsza", null, Set.of(Role.ORGANISER)))
                .block(Duration.ofSeconds(15));
        accounts.createStaff(ADMIN, new StaffAccountRequest(username, "Druga", null, Set.of(Role.ORGANISER)))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(fields(error)).containsExactly("username"))
                .verify();
        // A demo resident's username is taken too: one namespace for everybody who signs in.
        clientAs("admin")
                .post()
                .uri("/api/backoffice/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "anna", "displayName", "Anna", "roles", List.of("COORDINATOR")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("username");
        accounts.createStaff(
                        ADMIN,
                        new StaffAccountRequest(
                                uniqueUsername(), "Ewa bis", "ewa@cus.example.org", Set.of(Role.ORGANISER)))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(fields(error)).containsExactly("email"))
                .verify();
    }

    @Test
    void aDisabledAccountCannotSignInAndCanAgainOnceEnabled() {
        String username = uniqueUsername();
        var created = accounts.createStaff(
                        ADMIN, new StaffAccountRequest(username, "Irena Kaczmarek", null, Set.of(Role.COORDINATOR)))
                .block(Duration.ofSeconds(15));
        UUID id = created.account().id();
        String password = created.initialPassword();

        clientAs("admin")
                .post()
                .uri("/api/backoffice/accounts/{id}/disable", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.enabled")
                .isEqualTo(false);
        basic(username, password).get().uri("/api/me").exchange().expectStatus().isUnauthorized();
        SignInFixtures.signIn(client(), port, username, password)
                .expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).contains("/login?error"));

        clientAs("admin")
                .post()
                .uri("/api/backoffice/accounts/{id}/enable", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.enabled")
                .isEqualTo(true);
        basic(username, password).get().uri("/api/me").exchange().expectStatus().isOk();

        // Enabling an enabled account again changes nothing and records nothing.
        accounts.setEnabled(ADMIN, id, true).block(Duration.ofSeconds(5));
        assertThat(eventPayloads(id, "AccountDisabled")).hasSize(1);
        assertThat(eventPayloads(id, "AccountEnabled")).hasSize(1);
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorResidentsThroughThisList() {
        accounts.setEnabled(ADMIN, ADMIN.id(), false)
                .as(StepVerifier::create)
                .expectError(DomainException.Conflict.class)
                .verify();
        clientAs("admin")
                .post()
                .uri("/api/backoffice/accounts/{id}/disable", ADMIN.id())
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        clientAs("admin")
                .post()
                .uri("/api/backoffice/accounts/{id}/disable", RESIDENT.id())
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("admin")
                .post()
                .uri("/api/backoffice/accounts/not-an-id/disable")
                .exchange()
                .expectStatus()
                .isNotFound();
        basic("admin", "demo").get().uri("/api/me").exchange().expectStatus().isOk();
        basic("anna", "demo").get().uri("/api/me").exchange().expectStatus().isOk();
    }

    @Test
    void adminChangesRolesButKeepsTheirOwnAdministratorRole() {
        String username = uniqueUsername();
        var created = accounts.createStaff(
                        ADMIN, new StaffAccountRequest(username, "Jerzy Pawlak", null, Set.of(Role.ORGANISER)))
                .block(Duration.ofSeconds(15));
        clientAs("admin")
                .put()
                .uri("/api/backoffice/accounts/{id}/roles", created.account().id())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("DIRECTOR", "COORDINATOR")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.roles")
                .isEqualTo(List.of("COORDINATOR", "DIRECTOR"));
        basic(username, created.initialPassword())
                .get()
                .uri("/api/me")
                .exchange()
                .expectBody()
                .jsonPath("$.roles")
                .isEqualTo(List.of("COORDINATOR", "DIRECTOR"));
        assertThat(eventPayloads(created.account().id(), "StaffRolesChanged")).hasSize(1);

        accounts.changeRoles(ADMIN, ADMIN.id(), Set.of(Role.DIRECTOR))
                .as(StepVerifier::create)
                .expectError(DomainException.Conflict.class)
                .verify();
        accounts.changeRoles(ADMIN, created.account().id(), Set.of(Role.RESIDENT))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(fields(error)).containsExactly("roles"))
                .verify();
    }

    @Test
    void aPersonChangesTheirPasswordAndTheOldOneStopsWorking() {
        String username = uniqueUsername();
        var created = accounts.createStaff(
                        ADMIN, new StaffAccountRequest(username, "Halina Duda", null, Set.of(Role.FAMILY_ASSISTANT)))
                .block(Duration.ofSeconds(15));
        String initial = created.initialPassword();

        basic(username, initial)
                .post()
                .uri("/api/me/password")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", "wrong-password", "newPassword", "short"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields ->
                        assertThat((List<Object>) fields).containsExactlyInAnyOrder("currentPassword", "newPassword"));

        basic(username, initial)
                .post()
                .uri("/api/me/password")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", initial, "newPassword", "moje-nowe-haslo-2027"))
                .exchange()
                .expectStatus()
                .isNoContent();
        basic(username, initial).get().uri("/api/me").exchange().expectStatus().isUnauthorized();
        basic(username, "moje-nowe-haslo-2027")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(eventPayloads(created.account().id(), "PasswordChanged")).hasSize(1);

        var account = created.account();
        Actor self = Actor.of(account.id(), account.username(), account.displayName(), account.roles());
        accounts.changePassword(self, "moje-nowe-haslo-2027", "moje-nowe-haslo-2027", null)
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(fields(error)).containsExactly("newPassword"))
                .verify();
        accounts.changePassword(self, "moje-nowe-haslo-2027", "trzecie-haslo-2028", null)
                .as(StepVerifier::create)
                .verifyComplete();
        basic(username, "trzecie-haslo-2028")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk();
        client().post()
                .uri("/api/me/password")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", "x", "newPassword", "yyyyyyyyyyyy"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private WebTestClient basic(String username, String password) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(username, password))
                .build();
    }

    private List<String> eventPayloads(UUID aggregate, String type) {
        return db.sql("select payload::text from event_log where aggregate_id = :id and type = :type order by seq")
                .bind("id", aggregate)
                .bind("type", type)
                .map(row -> row.get(0, String.class))
                .all()
                .collectList()
                .block(Duration.ofSeconds(5));
    }

    private static List<String> fields(Throwable error) {
        assertThat(error).isInstanceOf(InvalidInput.class);
        return ((InvalidInput) error)
                .errors().stream().map(InvalidInput.FieldError::field).toList();
    }

    private static String uniqueUsername() {
        return "staff." + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private static Actor actor(String id, String username, Role role) {
        return Actor.of(UUID.fromString(id), username, username, Set.of(role));
    }

    @Test
    void enabledAccountsByRoleFollowEnablingAndDisabling() {
        var jan = java.util.UUID.fromString("00000000-0000-0000-0000-000000000204");
        var organiser = accounts.createStaff(
                        ADMIN, new StaffAccountRequest(uniqueUsername(), "Organizatorka", null, Set.of(Role.ORGANISER)))
                .block()
                .account()
                .id();

        assertThat(accounts.enabledWithRole(Role.ORGANISER).collectList().block())
                .contains(jan, organiser)
                .doesNotContain(COORDINATOR.id());
        accounts.setEnabled(ADMIN, organiser, false).block();
        assertThat(accounts.enabledWithRole(Role.ORGANISER).collectList().block())
                .contains(jan)
                .doesNotContain(organiser);
    }
}
