package pl.cus.portal.intake.web;

import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.Attachments;
import pl.cus.portal.intake.UploadQuotaExceeded;
import pl.cus.portal.intake.internal.IntakeProperties;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.i18n.Messages;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import pl.cus.portal.shared.web.Problems;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/attachments} (multipart, part {@code file}), {@code GET} and {@code DELETE /api/attachments/{id}}.
 * The upload is read as a stream: bytes beyond the size limit are discarded as they arrive, never held or written to
 * disk. Past the resident's quota of unattached files the answer is 409 (count) or 413 (bytes), its detail in the
 * language of {@code Accept-Language} (Polish by default).
 */
@Component
class AttachmentRoutes implements ApiRoutes {

    static final String PART = "file";

    private static final PathId<AttachmentId> ATTACHMENT = PathId.of("id", AttachmentId::new, "attachment");

    private final Attachments attachments;
    private final long maxSize;
    private final String maxSizeText;

    AttachmentRoutes(Attachments attachments, IntakeProperties properties) {
        this.attachments = attachments;
        this.maxSize = properties.maxAttachmentSize().toBytes();
        this.maxSizeText = describe(maxSize);
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/attachments", this::upload)
                .GET("/attachments/{id}", this::download)
                .DELETE("/attachments/{id}", this::remove)
                .build();
    }

    private Mono<ServerResponse> upload(ServerRequest request) {
        boolean multipart = request.headers()
                .contentType()
                .filter(type -> MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type))
                .isPresent();
        if (!multipart) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the file as multipart/form-data, in a part named \"file\"."));
        }
        return ApiRequests.requireActor(request)
                .flatMap(actor -> readFile(request).flatMap(file -> {
                    if (file.tooLarge()) {
                        return Mono.error(new ResponseStatusException(
                                HttpStatus.CONTENT_TOO_LARGE,
                                "The file is larger than the limit of " + maxSizeText + "."));
                    }
                    return attachments.upload(actor, file.name(), file.content());
                }))
                .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                        PART, "intake.error.file-empty", "Send the file in a multipart part named \"file\".")))
                .flatMap(info -> ServerResponse.created(URI.create("/api/attachments/" + info.id()))
                        .bodyValue(ApplicationJson.Attachment.of(info)))
                .onErrorResume(
                        UploadQuotaExceeded.class,
                        refused -> Problems.respond(quotaProblem(refused, request), request));
    }

    /** 409 for too many files, 413 for too many bytes; the detail says what to do, in the client's language. */
    static Map<String, Object> quotaProblem(UploadQuotaExceeded refused, ServerRequest request) {
        HttpStatus status =
                refused.limit() == UploadQuotaExceeded.Limit.FILES ? HttpStatus.CONFLICT : HttpStatus.CONTENT_TOO_LARGE;
        var problem = Problems.of(
                status,
                Messages.get(
                        refused.messageKey(), ApiRequests.language(request), refused.maxFiles(), refused.maxSize()));
        problem.put("code", refused.messageKey());
        problem.put("maxFiles", refused.maxFiles());
        problem.put("maxSize", refused.maxSize());
        return problem;
    }

    private Mono<ServerResponse> remove(ServerRequest request) {
        return withId(request, ATTACHMENT, attachments::remove)
                .then(ServerResponse.noContent().build());
    }

    private record Upload(String name, byte[] content, boolean tooLarge) {}

    /** The first part named {@code file}; other parts are drained and released. */
    private Mono<Upload> readFile(ServerRequest request) {
        return request.bodyToFlux(PartEvent.class)
                .windowUntil(PartEvent::isLast)
                .concatMap(part -> part.switchOnFirst((first, events) -> {
                    if (first.hasValue() && first.get() instanceof FilePartEvent file && PART.equals(file.name())) {
                        var sink = new Collector(maxSize);
                        return events.doOnNext(event -> sink.add(event.content()))
                                .then(Mono.fromSupplier(
                                        () -> new Upload(file.filename(), sink.bytes(), sink.tooLarge())));
                    }
                    return events.doOnNext(event -> DataBufferUtils.release(event.content()))
                            .then(Mono.<Upload>empty());
                }))
                .next();
    }

    /** Keeps at most {@code limit} bytes; counts the rest so an oversized file is recognised, then forgets it. */
    private static final class Collector {
        private final long limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long total;

        Collector(long limit) {
            this.limit = limit;
        }

        void add(DataBuffer buffer) {
            try {
                int readable = buffer.readableByteCount();
                total += readable;
                if (total <= limit) {
                    byte[] chunk = new byte[readable];
                    buffer.read(chunk);
                    bytes.write(chunk, 0, chunk.length);
                }
            } finally {
                DataBufferUtils.release(buffer);
            }
        }

        boolean tooLarge() {
            return total > limit;
        }

        byte[] bytes() {
            return tooLarge() ? new byte[0] : bytes.toByteArray();
        }
    }

    private Mono<ServerResponse> download(ServerRequest request) {
        return withId(request, ATTACHMENT, attachments::download)
                // nosniff and no-store come from the security headers on every /api response.
                .flatMap(file -> ServerResponse.ok()
                        .contentType(MediaType.parseMediaType(file.info().mediaType()))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(file.info().displayName(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .bodyValue(file.content()));
    }

    private static String describe(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
