package pl.cus.portal.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Single-use e-mail tokens ({@code account_token}, V50). The token itself (256 random bits, URL-safe) goes only into
 * the mail; the table keeps its SHA-256, so reading the database gives no working link.
 */
@Repository
class AccountTokenStore {

    enum Purpose {
        REGISTRATION,
        RESET
    }

    /** A token's row; {@code passwordHash}, {@code displayName}, {@code language} only for REGISTRATION. */
    record Token(
            Purpose purpose,
            String email,
            @Nullable UUID accountId,
            @Nullable String displayName,
            @Nullable String passwordHash,
            @Nullable String language) {

        /** The name given at registration; every registration token carries one. */
        String registeredName() {
            return Objects.requireNonNull(displayName, "a registration token carries the name");
        }

        /** The language chosen at registration; every registration token carries one. */
        String registeredLanguage() {
            return Objects.requireNonNull(language, "a registration token carries the language");
        }

        /** The account whose password is reset; every reset token names one. */
        UUID resetAccountId() {
            return Objects.requireNonNull(accountId, "a reset token names its account");
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseClient db;

    AccountTokenStore(DatabaseClient db) {
        this.db = db;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the token's hash; returns the token for the mail. */
    Mono<String> issue(Token token, Instant now, Instant expires) {
        String raw = newToken();
        var spec = db.sql(
                        "insert into account_token (token_hash, purpose, email, account_id, display_name, password_hash, language, "
                                + "created_at, expires_at) values (:hash, :purpose, :email, :account, :name, :password, :lang, :now, :expires)")
                .bind("hash", hash(raw))
                .bind("purpose", token.purpose().name())
                .bind("email", token.email())
                .bind("now", utc(now))
                .bind("expires", utc(expires));
        spec = token.accountId() == null
                ? spec.bindNull("account", UUID.class)
                : spec.bind("account", token.accountId());
        spec = bindText(spec, "name", token.displayName());
        spec = bindText(spec, "password", token.passwordHash());
        spec = bindText(spec, "lang", token.language());
        return spec.then().thenReturn(raw);
    }

    /**
     * Marks the token used and gives its row, if it exists with this purpose, is unused and unexpired at {@code now}.
     * One statement, so of two concurrent uses only one gets the row.
     */
    Mono<Token> use(String raw, Purpose purpose, Instant now) {
        return db.sql("update account_token set used_at = :now where token_hash = :hash and purpose = :purpose "
                        + "and used_at is null and expires_at > :now "
                        + "returning purpose, email, account_id, display_name, password_hash, language")
                .bind("now", utc(now))
                .bind("hash", hash(raw))
                .bind("purpose", purpose.name())
                .map(AccountTokenStore::token)
                .one();
    }

    /** The token's row if it is usable at {@code now}, without using it. */
    Mono<Token> peek(String raw, Purpose purpose, Instant now) {
        return db.sql("select purpose, email, account_id, display_name, password_hash, language from account_token "
                        + "where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now")
                .bind("now", utc(now))
                .bind("hash", hash(raw))
                .bind("purpose", purpose.name())
                .map(AccountTokenStore::token)
                .one();
    }

    /** Removes tokens that can no longer be used: expired, or used, for longer than a day. */
    Mono<Long> purge(Instant now) {
        return db.sql("delete from account_token where expires_at < :cutoff or used_at < :cutoff")
                .bind("cutoff", utc(now.minus(java.time.Duration.ofDays(1))))
                .fetch()
                .rowsUpdated();
    }

    private static Token token(io.r2dbc.spi.Readable row) {
        return new Token(
                Purpose.valueOf(row.get("purpose", String.class)),
                row.get("email", String.class),
                row.get("account_id", UUID.class),
                row.get("display_name", String.class),
                row.get("password_hash", String.class),
                row.get("language", String.class));
    }

    private static DatabaseClient.GenericExecuteSpec bindText(
            DatabaseClient.GenericExecuteSpec spec, String name, @Nullable String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
