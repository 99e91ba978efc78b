package pl.cus.portal.reporting.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.reporting.ReportSummary;
import pl.cus.portal.reporting.Reports;
import pl.cus.portal.reporting.internal.SummaryCsv;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/backoffice/reports/summary?from=&to=} (JSON) and {@code …/summary.csv} (CSV for a spreadsheet):
 * the organiser's and the director's summary of a period, both dates inclusive (Europe/Warsaw days).
 */
@Component
class ReportRoutes implements ApiRoutes {

    private final Reports reports;

    ReportRoutes(Reports reports) {
        this.reports = reports;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/backoffice/reports/summary.csv", this::csv)
                .GET("/backoffice/reports/summary", this::json)
                .build();
    }

    private Mono<ServerResponse> json(ServerRequest request) {
        return summary(request)
                .flatMap(summary -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(summary));
    }

    private Mono<ServerResponse> csv(ServerRequest request) {
        return summary(request)
                .flatMap(summary -> ServerResponse.ok()
                        .contentType(MediaType.parseMediaType(SummaryCsv.MEDIA_TYPE))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(SummaryCsv.fileName(summary), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .bodyValue(SummaryCsv.bytes(summary)));
    }

    private Mono<ReportSummary> summary(ServerRequest request) {
        // Who may ask is decided before what was asked: a coordinator gets 403 whatever the dates.
        return ApiRequests.requireActor(request)
                .flatMap(actor -> Mono.defer(() -> {
                    if (!reports.mayRead(actor)) {
                        return Mono.error(
                                new DomainException.Forbidden("Only the organiser and the director read reports."));
                    }
                    return reports.summary(
                            actor,
                            ReportPeriod.parse(
                                    request.queryParam("from").orElse(null),
                                    request.queryParam("to").orElse(null)));
                }));
    }
}
