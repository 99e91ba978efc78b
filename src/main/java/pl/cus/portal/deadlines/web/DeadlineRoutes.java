package pl.cus.portal.deadlines.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.calendar.DeadlineKind;
import pl.cus.portal.calendar.DeadlineRule;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.calendar.DueDate;
import pl.cus.portal.calendar.UnknownDeadlineRuleException;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.QueryParams;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/deadlines/preview?rule=IPUS_PLAN&start=2027-01-30}: the due date under this centre's policy.
 * Public (residents may ask when their plan is due before signing in); see docs/deadlines.md.
 */
@Component
class DeadlineRoutes implements ApiRoutes {

    // The endpoint is anonymous, so it only answers for dates a real case could have; the bounds also keep the
    // computation far from LocalDate's limits.
    static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_START = LocalDate.of(2100, 12, 31);

    private final Deadlines deadlines;

    DeadlineRoutes(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route().GET("/deadlines/preview", this::preview).build();
    }

    private Mono<ServerResponse> preview(ServerRequest request) {
        // Both parameters are checked before answering, so that a client learns of every bad field at once.
        var params = QueryParams.of(request);
        DeadlineRule rule = rule(params);
        LocalDate start = start(params);
        params.check();
        return ServerResponse.ok().bodyValue(Preview.of(deadlines.preview(rule, start)));
    }

    private static DeadlineRule rule(QueryParams params) {
        Optional<String> value = params.text("rule");
        if (value.isEmpty()) {
            params.reject(new FieldError(
                    "rule", "deadlines.error.rule-missing", "Give the deadline rule id, one of: " + knownIds() + "."));
            return null;
        }
        try {
            return DeadlineRule.byId(value.get());
        } catch (UnknownDeadlineRuleException e) {
            params.reject(new FieldError("rule", "deadlines.error.rule-unknown", e.getMessage()));
            return null;
        }
    }

    private static LocalDate start(QueryParams params) {
        Optional<String> value = params.text("start");
        if (value.isEmpty()) {
            params.reject(new FieldError(
                    "start",
                    "deadlines.error.start-missing",
                    "Give the start date as YYYY-MM-DD, for example 2027-01-30."));
            return null;
        }
        LocalDate start;
        try {
            // ISO_LOCAL_DATE resolves strictly: 2027-02-30 is refused, not quietly turned into 2027-02-28.
            start = LocalDate.parse(value.get());
        } catch (DateTimeParseException e) {
            params.reject(new FieldError(
                    "start",
                    "deadlines.error.start-invalid",
                    "The start date must be a real date written as YYYY-MM-DD, for example 2027-01-30."));
            return null;
        }
        if (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START)) {
            params.reject(new FieldError(
                    "start",
                    "deadlines.error.start-out-of-range",
                    "The start date must be between " + EARLIEST_START + " and " + LATEST_START + "."));
            return null;
        }
        return start;
    }

    private static String knownIds() {
        return String.join(
                ", ", Arrays.stream(DeadlineRule.values()).map(DeadlineRule::id).toList());
    }

    /**
     * @param nominalDueDate the date the rule itself gives; differs from {@code dueDate} only when rolled forward
     */
    record Preview(
            String rule,
            LocalDate start,
            LocalDate dueDate,
            boolean rolledForward,
            LocalDate nominalDueDate,
            DeadlineKind kind,
            int amount) {

        static Preview of(DueDate due) {
            return new Preview(
                    due.rule().id(),
                    due.start(),
                    due.due(),
                    due.rolledForward(),
                    due.nominal(),
                    due.rule().kind(),
                    due.amount());
        }
    }
}
