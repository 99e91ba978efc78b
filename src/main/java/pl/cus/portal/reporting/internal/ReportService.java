package pl.cus.portal.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import pl.cus.portal.reporting.CaseList;
import pl.cus.portal.reporting.Figure;
import pl.cus.portal.reporting.MeetingPack;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.reporting.ReportSummary;
import pl.cus.portal.reporting.ReportSummary.Caseload;
import pl.cus.portal.reporting.Reports;
import pl.cus.portal.reporting.YearOutcomes;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.Workload;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reports for the organiser and the director (art. 46: the half-yearly summary for the director, the quarterly
 * coordinators' meeting). The figures come from {@link SummaryQueries}, {@link FamilyAssistanceQueries}, {@link CaseListQueries}
 * and {@link MeetingPackQueries}; caseload comes from triage's {@link Routing},
 * which owns the family-assistant limit.
 */
@Service
class ReportService implements Reports {

    static final int MAX_YEARS = 10;

    private final SummaryQueries queries;
    private final FamilyAssistanceQueries assistance;
    private final CaseListQueries cases;
    private final MeetingPackQueries meetings;
    private final Routing routing;
    private final Clock clock;

    ReportService(
            SummaryQueries queries,
            FamilyAssistanceQueries assistance,
            CaseListQueries cases,
            MeetingPackQueries meetings,
            Routing routing,
            Clock clock) {
        this.queries = queries;
        this.assistance = assistance;
        this.cases = cases;
        this.meetings = meetings;
        this.routing = routing;
        this.clock = clock;
    }

    @Override
    public boolean mayRead(Actor actor) {
        return actor != null && actor.hasAny(Role.ORGANISER, Role.DIRECTOR);
    }

    private void requireReader(Actor actor) {
        if (!mayRead(actor)) {
            throw new DomainException.Forbidden("Only the organiser and the director read reports.");
        }
    }

    @Override
    public Mono<ReportSummary> summary(Actor actor, ReportPeriod period) {
        return Mono.defer(() -> {
            requireReader(actor);
            LocalDate today = LocalDate.now(clock);
            return Mono.zip(
                            queries.received(period),
                            queries.plans(period),
                            queries.pauses(period),
                            queries.forwardedAndRefused(period),
                            queries.services(period),
                            caseload(actor),
                            assistance.familyAssistance(period))
                    .map(parts -> {
                        var received = parts.getT1();
                        var plans = parts.getT2();
                        var pauses = parts.getT3();
                        var outcomes = parts.getT4();
                        return new ReportSummary(
                                period,
                                today,
                                received.total(),
                                received.byKind(),
                                received.byChannel(),
                                plans.prepared(),
                                plans.onTime(),
                                plans.prepared() - plans.onTime(),
                                plans.median(),
                                plans.p90(),
                                plans.months(),
                                pauses.total(),
                                pauses.applications(),
                                pauses.byReason(),
                                outcomes.forwarded(),
                                outcomes.refused(),
                                outcomes.byDestination(),
                                outcomes.destinations(),
                                parts.getT5(),
                                parts.getT6(),
                                parts.getT7());
                    });
        });
    }

    private Mono<List<Caseload>> caseload(Actor actor) {
        return routing.workloads(actor)
                .filter(workload -> workload.profile().active() || workload.activeCases() > 0)
                .map(ReportService::caseload)
                .collectList()
                .map(list -> list.stream()
                        .sorted(Comparator.comparing(Caseload::role).thenComparing(Caseload::name))
                        .toList());
    }

    private static Caseload caseload(Workload workload) {
        return new Caseload(
                workload.profile().accountId(),
                workload.profile().displayName(),
                workload.role().name(),
                workload.activeCases(),
                workload.limit());
    }

    @Override
    public Mono<CaseList> cases(Actor actor, Figure figure, String key, ReportPeriod period) {
        return Mono.defer(() -> {
            requireReader(actor);
            if (figure == null) {
                return Mono.error(InvalidInput.of("figure", "reporting.error.figure", "Name the figure."));
            }
            return cases.cases(figure, key, period);
        });
    }

    @Override
    public Flux<YearOutcomes> outcomesByYear(Actor actor, int fromYear, int toYear) {
        return Flux.defer(() -> {
            requireReader(actor);
            if (toYear < fromYear || toYear - fromYear >= MAX_YEARS) {
                return Flux.error(InvalidInput.of(
                        "to", "reporting.error.span", "At most " + MAX_YEARS + " years, oldest first."));
            }
            return queries.outcomes(fromYear, toYear)
                    .collectMultimap(SummaryQueries.YearRow::year)
                    .flatMapMany(byYear -> Flux.range(fromYear, toYear - fromYear + 1)
                            .concatMap(year -> assistance
                                    .familyAssistance(ReportPeriod.year(year))
                                    .map(figures -> {
                                        Map<String, Long> counts = new java.util.HashMap<>();
                                        byYear.getOrDefault(year, List.of())
                                                .forEach(row -> counts.merge(row.what(), row.n(), Long::sum));
                                        return new YearOutcomes(
                                                year,
                                                counts.getOrDefault("RECEIVED", 0L),
                                                counts.getOrDefault("PREPARED", 0L),
                                                counts.getOrDefault(ReportLists.FORWARDED, 0L),
                                                counts.getOrDefault(ReportLists.NOT_QUALIFIED, 0L),
                                                counts.getOrDefault(ReportLists.WITHDRAWN, 0L),
                                                figures);
                                    })));
        });
    }

    @Override
    public Mono<MeetingPack> meetingPack(Actor actor) {
        return Mono.defer(() -> {
            requireReader(actor);
            LocalDate today = LocalDate.now(clock);
            return meetings.meetingPack(today, ReportPeriod.quarterOf(today));
        });
    }
}
