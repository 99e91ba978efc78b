package pl.cus.portal.triage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.shared.Role;

/**
 * Pure routing: ranks the people who may take an application and explains the first. An IPUS application needs a
 * coordinator, a "Za życiem" one a family assistant. Inactive profiles and people at their workload limit are left
 * out. The rest are ranked by, in order: serving the district (in their profile, or their team has it by a routing
 * rule), speaking the preferred language, fewer active cases, then name (so that the answer is stable).
 * See docs/decisions/0014-routing-suggestions-and-workload-limits.md.
 */
public final class RoutingSuggestions {

    private RoutingSuggestions() {}

    /** What routing needs to know about an application: no personal data. */
    public record Facts(ApplicationKind kind, String district, String language) {}

    public static Role roleFor(ApplicationKind kind) {
        return kind == ApplicationKind.ZA_ZYCIEM ? Role.FAMILY_ASSISTANT : Role.COORDINATOR;
    }

    /** The best fit, or a suggestion without assignee whose gap says why nobody fits. */
    public static Suggestion suggest(Facts facts, List<Workload> people, List<RoutingRule> rules) {
        Role role = roleFor(facts.kind());
        String district = blankToNull(facts.district());
        String language = blankToNull(facts.language());
        String ruleTeam = ruleTeam(district, rules).orElse(null);
        List<Workload> eligible = people.stream()
                .filter(p -> p.profile().active() && p.role() == role)
                .toList();
        if (eligible.isEmpty()) {
            return new Suggestion(null, role, null, district, ruleTeam, language, Suggestion.Gap.NO_PROFILE);
        }
        List<Workload> ranked = rank(eligible.stream().filter(p -> !p.full()).toList(), district, ruleTeam, language);
        if (ranked.isEmpty()) {
            return new Suggestion(null, role, null, district, ruleTeam, language, Suggestion.Gap.ALL_FULL);
        }
        Workload best = ranked.getFirst();
        return new Suggestion(
                best, role, fit(best.profile(), district, ruleTeam), district, ruleTeam, language, Suggestion.Gap.NONE);
    }

    /** Everyone who may take the application now, best first (for the assignment dialog). */
    public static List<Workload> ranked(Facts facts, List<Workload> people, List<RoutingRule> rules) {
        Role role = roleFor(facts.kind());
        String district = blankToNull(facts.district());
        return rank(
                people.stream()
                        .filter(p -> p.profile().active() && p.role() == role && !p.full())
                        .toList(),
                district,
                ruleTeam(district, rules).orElse(null),
                blankToNull(facts.language()));
    }

    private static List<Workload> rank(List<Workload> candidates, String district, String ruleTeam, String language) {
        Comparator<Workload> order = Comparator.comparing(
                        (Workload p) -> !coversDistrict(p.profile(), district, ruleTeam))
                .thenComparing(p -> !p.profile().speaks(language))
                .thenComparingInt(Workload::activeCases)
                .thenComparing(p ->
                        p.profile().displayName() == null ? "" : p.profile().displayName())
                .thenComparing(p -> p.profile().accountId());
        return candidates.stream().sorted(order).toList();
    }

    private static boolean coversDistrict(StaffProfile profile, String district, String ruleTeam) {
        Suggestion.DistrictFit fit = fit(profile, district, ruleTeam);
        return fit == Suggestion.DistrictFit.SERVES || fit == Suggestion.DistrictFit.TEAM_RULE;
    }

    private static Suggestion.DistrictFit fit(StaffProfile profile, String district, String ruleTeam) {
        if (district == null) {
            return Suggestion.DistrictFit.NOT_GIVEN;
        }
        if (profile.serves(district)) {
            return Suggestion.DistrictFit.SERVES;
        }
        return profile.inTeam(ruleTeam) ? Suggestion.DistrictFit.TEAM_RULE : Suggestion.DistrictFit.NONE;
    }

    private static Optional<String> ruleTeam(String district, List<RoutingRule> rules) {
        return district == null
                ? Optional.empty()
                : rules.stream()
                        .filter(rule -> StaffProfile.same(rule.district(), district))
                        .map(RoutingRule::team)
                        .findFirst();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
