package pl.cus.portal.identity.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.SignInName;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Persistence of accounts in the {@code account} table. */
@Repository
class AccountStore {

    private static final String COLUMNS =
            "id, username, email, display_name, roles, preferred_language, password_hash, enabled";

    private final DatabaseClient db;
    private final Clock clock;

    AccountStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    record StoredAccount(Account account, @Nullable String passwordHash, boolean enabled) {}

    /**
     * By username or e-mail address, compared exactly with the one normalised form (stored names are lower-case), so
     * that exactly the spellings that share a sign-in lock reach the account.
     */
    Mono<StoredAccount> findByLogin(SignInName login) {
        return db.sql("select " + COLUMNS + " from account where username = :login or email = :login limit 1")
                .bind("login", login.value())
                .map((row, meta) -> map(row))
                .one();
    }

    /** By e-mail address only (not username): for matching an identity provider's verified address. */
    Mono<StoredAccount> findByEmail(String email) {
        return db.sql("select " + COLUMNS + " from account where email = lower(:email)")
                .bind("email", email.trim())
                .map((row, meta) -> map(row))
                .one();
    }

    reactor.core.publisher.Flux<UUID> enabledWithRole(Role role) {
        return db.sql("select id from account where :role = any(roles) and enabled order by id")
                .bind("role", role.name())
                .map(row -> row.get("id", UUID.class))
                .all();
    }

    Mono<StoredAccount> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from account where id = :id")
                .bind("id", id)
                .map((row, meta) -> map(row))
                .one();
    }

    /** Inserts unless the username or e-mail is taken; completes empty when it is. */
    Mono<Account> insert(Account account, @Nullable String passwordHash) {
        var spec = db.sql(
                        "insert into account (id, username, email, display_name, roles, preferred_language, password_hash, created_at) "
                                + "values (:id, :username, :email, :name, :roles, :lang, :hash, :at) on conflict do nothing")
                .bind("id", account.id())
                .bind("username", account.username())
                .bind("name", account.displayName())
                .bind("roles", account.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .bind("lang", account.preferredLanguage())
                .bind("at", clock.instant().atOffset(ZoneOffset.UTC));
        spec = account.email() == null ? spec.bindNull("email", String.class) : spec.bind("email", account.email());
        // No hash: an account opened at an identity provider, which cannot sign in with a password.
        spec = passwordHash == null ? spec.bindNull("hash", String.class) : spec.bind("hash", passwordHash);
        return spec.fetch().rowsUpdated().flatMap(count -> count == 1 ? Mono.just(account) : Mono.empty());
    }

    /** Accounts holding no resident role, by display name. */
    Flux<StoredAccount> findStaff() {
        return db.sql("select " + COLUMNS
                        + " from account where not ('RESIDENT' = any(roles)) order by display_name, username")
                .map((row, meta) -> map(row))
                .all();
    }

    Mono<Boolean> usernameTaken(String username) {
        return db.sql("select exists (select 1 from account where username = :username) as taken")
                .bind("username", username)
                .map((row, meta) -> Boolean.TRUE.equals(row.get("taken", Boolean.class)))
                .one();
    }

    Mono<Boolean> setEnabled(UUID id, boolean enabled) {
        return db.sql("update account set enabled = :enabled where id = :id and enabled <> :enabled")
                .bind("id", id)
                .bind("enabled", enabled)
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    Mono<Void> setRoles(UUID id, Set<Role> roles) {
        return db.sql("update account set roles = :roles where id = :id")
                .bind("id", id)
                .bind("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
                .then();
    }

    /** Replaces the hash only if it is still the one the caller checked, so two concurrent changes cannot both win. */
    Mono<Boolean> replacePasswordHash(UUID id, String expectedHash, String newHash) {
        return db.sql("update account set password_hash = :hash where id = :id and password_hash = :expected")
                .bind("id", id)
                .bind("expected", expectedHash)
                .bind("hash", newHash)
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    /** Sets a new hash whatever the old one was (a reset by e-mail link, which knows no old password). */
    Mono<Void> setPasswordHash(UUID id, String newHash) {
        return db.sql("update account set password_hash = :hash where id = :id")
                .bind("id", id)
                .bind("hash", newHash)
                .then();
    }

    private static StoredAccount map(io.r2dbc.spi.Readable row) {
        String[] roles = row.get("roles", String[].class);
        var roleSet = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(roleSet::add);
        var account = new Account(
                row.get("id", UUID.class),
                row.get("username", String.class),
                row.get("email", String.class),
                row.get("display_name", String.class),
                roleSet,
                row.get("preferred_language", String.class));
        return new StoredAccount(
                account,
                row.get("password_hash", String.class),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)));
    }
}
