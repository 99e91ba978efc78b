package pl.cus.portal.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.AssistanceOverview;
import pl.cus.portal.assistance.FamilyView;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.MonthlyReportPage;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The reads of family assistance: staff through {@link AssistanceAccess#readable} (one logged read per call), the
 * family through {@link Applications#mine}, and the time limits computed from the aggregate with the deadlines module.
 */
@Component
class AssistanceReads {

    private final AssistanceAccess access;
    private final AssistanceStore store;
    private final Applications applications;
    private final Deadlines deadlines;
    private final Clock clock;

    AssistanceReads(
            AssistanceAccess access,
            AssistanceStore store,
            Applications applications,
            Deadlines deadlines,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.applications = applications;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    Mono<AssistanceCase> get(Actor staff, ApplicationId id) {
        return access.readable(staff, id, "family assistance")
                .flatMap(view -> recorded(id)
                        .map(a -> AssistanceViews.forStaff(a, id, view.summary().reference())));
    }

    Mono<MonthlyReport> report(Actor staff, ApplicationId id, YearMonth month, Locale locale) {
        return access.readable(staff, id, "family assistance: monthly report")
                .then(recorded(id))
                .map(a -> a.report(month, today(), locale));
    }

    Mono<MonthlyReportPage> reportPage(Actor staff, ApplicationId id, YearMonth month, Locale locale) {
        return access.readable(staff, id, "family assistance report")
                .flatMap(view -> recorded(id)
                        .map(a -> new MonthlyReportPage(
                                id,
                                view.summary().reference(),
                                a.report(month, today(), locale),
                                AssistanceAccess.mayWrite(staff, view))));
    }

    Mono<AssistanceOverview> overview(Actor staff, ApplicationId id) {
        return access.readable(staff, id, "family assistance page")
                .flatMap(view -> store.load(id.value())
                        .map(a -> overview(staff, id, view, a))
                        .switchIfEmpty(Mono.fromSupplier(() -> overview(staff, id, view, null))));
    }

    private AssistanceOverview overview(Actor staff, ApplicationId id, CaseView view, Assistance assistance) {
        String reference = view.summary().reference();
        return new AssistanceOverview(
                id,
                reference,
                AssistanceAccess.mayWrite(staff, view),
                assistance == null ? null : AssistanceViews.forStaff(assistance, id, reference),
                assistance == null
                        ? beforeConsent(view)
                        : AssistanceAccess.readsLimitsOf(staff, assistance.row().assistantId())
                                ? TimeLimitRules.compute(TimeLimitRules.facts(assistance, today()), deadlines)
                                : List.of());
    }

    /**
     * Dates only, no case contents: with a case row its assistant and the heads of the centre read them without an
     * audit entry per list; before the consent intake's policy decides (and logs the read).
     */
    Flux<TimeLimit> timeLimits(Actor staff, ApplicationId id) {
        return Mono.defer(() -> {
                    if (staff == null || !staff.isStaff()) {
                        return Mono.<List<TimeLimit>>error(
                                new DomainException.Forbidden("Time limits are read in the back office."));
                    }
                    return store.load(id.value())
                            .flatMap(a -> AssistanceAccess.readsLimitsOf(
                                            staff, a.row().assistantId())
                                    ? Mono.just(TimeLimitRules.compute(TimeLimitRules.facts(a, today()), deadlines))
                                    : Mono.<List<TimeLimit>>error(
                                            new DomainException.NotFound("No application " + id + " found.")))
                            .switchIfEmpty(Mono.defer(() -> access.readable(staff, id, "family assistance: time limits")
                                    .map(this::beforeConsent)));
                })
                .flatMapMany(Flux::fromIterable);
    }

    private List<TimeLimit> beforeConsent(CaseView view) {
        return TimeLimitRules.compute(
                new TimeLimitRules.Facts(
                        TimeLimitRules.assignedOn(view, null, clock.getZone()),
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null),
                deadlines);
    }

    Mono<FamilyView> forFamily(Actor resident, ApplicationId id) {
        return applications.mine(resident, id).then(recorded(id)).map(a -> AssistanceViews.forFamily(a, id));
    }

    /** The family's assistance; NotFound before the consent. */
    private Mono<Assistance> recorded(ApplicationId id) {
        return store.load(id.value()).switchIfEmpty(Mono.error(() -> AssistanceRefusals.notStarted(id)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
