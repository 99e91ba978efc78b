package pl.cus.portal.identity.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Links between a provider's subject and a portal account ({@code account_identity}). */
@Repository
class ExternalIdentityStore {

    private final DatabaseClient db;
    private final Clock clock;

    ExternalIdentityStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Mono<UUID> findAccountId(String provider, String subject) {
        return db.sql("select account_id from account_identity where provider = :provider and subject = :subject")
                .bind("provider", provider)
                .bind("subject", subject)
                .map(row -> row.get("account_id", UUID.class))
                .one();
    }

    /** Links unless the subject or the account already has a link at this provider; then completes {@code false}. */
    Mono<Boolean> link(String provider, String subject, UUID accountId) {
        return db.sql(
                        "insert into account_identity (provider, subject, account_id, linked_at) values (:provider, :subject, :account, :at) "
                                + "on conflict do nothing")
                .bind("provider", provider)
                .bind("subject", subject)
                .bind("account", accountId)
                .bind("at", clock.instant().atOffset(ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }
}
