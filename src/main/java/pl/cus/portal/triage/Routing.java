package pl.cus.portal.triage;

import java.util.List;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Routing suggestions, workloads, and the routing settings (staff profiles, district → team rules). Suggestions and
 * workloads are for staff; the settings are changed by administrators and read by administrators and the organiser.
 */
public interface Routing {

    /** The profiles, workloads and rules as they stand now, to suggest for many applications at once (a queue). */
    Mono<RoutingBoard> board(Actor staff);

    /** The suggestion for one application the caller may see (opening it is recorded like any other read). */
    Mono<Suggestion> suggest(Actor staff, ApplicationId id);

    /** Active cases per person with a profile, most loaded first. */
    default Flux<Workload> workloads(Actor staff) {
        return board(staff).flatMapIterable(RoutingBoard::workloads);
    }

    Flux<StaffProfile> profiles(Actor actor);

    /**
     * Creates or replaces the profile of a coordinator's or family assistant's account. Administrators only.
     *
     * @throws pl.cus.portal.shared.InvalidInput for {@code username} (unknown, or not a coordinator or family assistant),
     *                                           {@code team}, {@code districts}, {@code languages}
     */
    Mono<StaffProfile> saveProfile(Actor admin, ProfileChange change);

    Flux<RoutingRule> rules(Actor actor);

    /** Creates or replaces the rule for the district. Administrators only. */
    Mono<RoutingRule> saveRule(Actor admin, RoutingRule rule);

    /** Removes the rule for the district, if any. Administrators only. */
    Mono<Void> deleteRule(Actor admin, String district);

    /** What the administrator sets in a profile; name and role come from the account. */
    record ProfileChange(String username, String team, List<String> districts, List<String> languages, boolean active) {

        /** Districts as the administrator types them: "Śródmieście, Wola" — trimmed, blanks dropped, in order. */
        public static List<String> districts(String typed) {
            if (typed == null) {
                return List.of();
            }
            return java.util.Arrays.stream(typed.split(","))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .toList();
        }
    }

    /** A snapshot for suggesting many applications at once. */
    record RoutingBoard(List<Workload> workloads, List<RoutingRule> rules) {

        public Suggestion suggest(CaseSummary application) {
            return RoutingSuggestions.suggest(facts(application), workloads, rules);
        }

        public List<Workload> candidates(CaseSummary application) {
            return RoutingSuggestions.ranked(facts(application), workloads, rules);
        }

        private static RoutingSuggestions.Facts facts(CaseSummary application) {
            return new RoutingSuggestions.Facts(application.kind(), application.district(), application.language());
        }
    }
}
