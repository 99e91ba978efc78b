package pl.cus.portal.reporting;

import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reports for the organiser and the director. Every figure is computed from the cases when asked for; each can be
 * opened to the cases behind it.
 *
 * <p>Every method throws {@link pl.cus.portal.shared.DomainException.Forbidden} unless the actor is the organiser or
 * the director.
 */
public interface Reports {

    /** Whether the actor may read reports at all: the organiser and the director. */
    boolean mayRead(Actor actor);

    Mono<ReportSummary> summary(Actor actor, ReportPeriod period);

    /**
     * The cases behind a figure of {@link #summary}, at most {@link CaseList#LIMIT}.
     *
     * @throws pl.cus.portal.shared.InvalidInput when the figure needs a key and has none, or the key is not readable
     */
    Mono<CaseList> cases(Actor actor, Figure figure, String key, ReportPeriod period);

    /** Outcomes per calendar year, oldest first. */
    Flux<YearOutcomes> outcomesByYear(Actor actor, int fromYear, int toYear);

    /** The coordinators' meeting pack as of today. */
    Mono<MeetingPack> meetingPack(Actor actor);
}
