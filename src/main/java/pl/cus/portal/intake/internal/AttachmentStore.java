package pl.cus.portal.intake.internal;

import io.r2dbc.spi.Readable;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.AttachmentInfo;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Attachments in the {@code attachment} table, content as bytea. */
@Repository
class AttachmentStore {

    private static final String INFO = "id, owner_id, application_id, display_name, media_type, size, uploaded_at";

    private final DatabaseClient db;

    AttachmentStore(DatabaseClient db) {
        this.db = db;
    }

    /** An attachment's description and who owns it. */
    record Stored(AttachmentInfo info, UUID ownerId, UUID applicationId) {}

    Mono<Void> insert(AttachmentInfo info, UUID ownerId, byte[] content) {
        return db.sql("insert into attachment (id, owner_id, display_name, media_type, size, content, uploaded_at) "
                        + "values (:id, :owner, :name, :type, :size, :content, :at)")
                .bind("id", info.id().value())
                .bind("owner", ownerId)
                .bind("name", info.displayName())
                .bind("type", info.mediaType())
                .bind("size", info.size())
                .bind("content", ByteBuffer.wrap(content))
                .bind("at", ApplicationStore.utc(info.uploadedAt()))
                .then();
    }

    /**
     * Holds the owner's upload lock until the transaction ends, so that parallel uploads of one resident are counted
     * one after the other and cannot pass the quota together.
     */
    Mono<Void> lockOwner(UUID ownerId) {
        return db.sql("select pg_advisory_xact_lock(hashtext('attachment:' || :owner))")
                .bind("owner", ownerId.toString())
                .then();
    }

    /** How many files, and bytes, the owner keeps outside submitted applications. */
    record Usage(long files, long bytes) {}

    Mono<Usage> unattachedUsage(UUID ownerId) {
        return db.sql("select count(*) as files, coalesce(sum(size), 0)::bigint as bytes from attachment "
                        + "where owner_id = :owner and application_id is null")
                .bind("owner", ownerId)
                .map((row, meta) -> new Usage(row.get("files", Long.class), row.get("bytes", Long.class)))
                .one();
    }

    /** Deletes the owner's file if it is not part of a submitted application; how many rows went (0 or 1). */
    Mono<Long> deleteUnattached(AttachmentId id, UUID ownerId) {
        return db.sql("delete from attachment where id = :id and owner_id = :owner and application_id is null")
                .bind("id", id.value())
                .bind("owner", ownerId)
                .fetch()
                .rowsUpdated();
    }

    Flux<Stored> find(Collection<AttachmentId> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("select " + INFO + " from attachment where id = any(:ids)")
                .bind("ids", ids.stream().map(AttachmentId::value).toArray(UUID[]::new))
                .map((row, meta) -> map(row))
                .all();
    }

    Mono<Stored> find(AttachmentId id) {
        return db.sql("select " + INFO + " from attachment where id = :id")
                .bind("id", id.value())
                .map((row, meta) -> map(row))
                .one();
    }

    Mono<byte[]> content(AttachmentId id) {
        return db.sql("select content from attachment where id = :id")
                .bind("id", id.value())
                .map((row, meta) -> {
                    ByteBuffer buffer = row.get("content", ByteBuffer.class);
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    return bytes;
                })
                .one();
    }

    /** Ties the owner's still unattached files to the application; the count of files tied. */
    Mono<Long> attach(Collection<AttachmentId> ids, UUID ownerId, ApplicationId applicationId) {
        if (ids.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql(
                        "update attachment set application_id = :app where id = any(:ids) and owner_id = :owner and application_id is null")
                .bind("app", applicationId.value())
                .bind("ids", ids.stream().map(AttachmentId::value).toArray(UUID[]::new))
                .bind("owner", ownerId)
                .fetch()
                .rowsUpdated();
    }

    Flux<AttachmentInfo> ofApplication(ApplicationId id) {
        return db.sql("select " + INFO + " from attachment where application_id = :app order by uploaded_at, id")
                .bind("app", id.value())
                .map((row, meta) -> map(row).info())
                .all();
    }

    private static Stored map(Readable row) {
        var info = new AttachmentInfo(
                new AttachmentId(row.get("id", UUID.class)),
                row.get("display_name", String.class),
                row.get("media_type", String.class),
                row.get("size", Long.class),
                row.get("uploaded_at", OffsetDateTime.class).toInstant());
        return new Stored(info, row.get("owner_id", UUID.class), row.get("application_id", UUID.class));
    }
}
