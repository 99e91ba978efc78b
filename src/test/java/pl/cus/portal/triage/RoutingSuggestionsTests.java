package pl.cus.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.shared.Role;

class RoutingSuggestionsTests {

    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final Locale EN = Locale.forLanguageTag("en");

    private static final List<RoutingRule> RULES =
            List.of(new RoutingRule("Zatorze", "Śródmieście"), new RoutingRule("Piaski", "Stare Miasto"));

    private static Workload coordinator(
            String name, String team, Set<String> districts, Set<String> languages, int active) {
        return new Workload(profile(name, Role.COORDINATOR, team, districts, languages, true), active, null);
    }

    private static Workload assistant(String name, int active, int limit) {
        return new Workload(
                profile(name, Role.FAMILY_ASSISTANT, "Wsparcie rodziny", Set.of(), Set.of(), true), active, limit);
    }

    private static StaffProfile profile(
            String name, Role role, String team, Set<String> districts, Set<String> languages, boolean active) {
        return new StaffProfile(
                UUID.nameUUIDFromBytes(name.getBytes()),
                name.toLowerCase(Locale.ROOT).split(" ")[0],
                name,
                role,
                team,
                districts,
                languages,
                active);
    }

    private static RoutingSuggestions.Facts ipus(String district, String language) {
        return new RoutingSuggestions.Facts(ApplicationKind.IPUS, district, language);
    }

    @Test
    void theTeamARuleGivesTheDistrictToWinsOverALessLoadedColleagueElsewhere() {
        var piotr = coordinator("Piotr Zieliński", "Śródmieście", Set.of("Śródmieście"), Set.of("uk"), 4);
        var ewa = coordinator("Ewa Kowalska", "Stare Miasto", Set.of("Stare Miasto"), Set.of(), 0);

        var suggestion = RoutingSuggestions.suggest(ipus("Zatorze", "uk"), List.of(ewa, piotr), RULES);

        assertThat(suggestion.assignee()).isEqualTo(piotr);
        assertThat(suggestion.districtFit()).isEqualTo(Suggestion.DistrictFit.TEAM_RULE);
        assertThat(suggestion.reason(PL))
                .isEqualTo(
                        "Piotr Zieliński: zespół Śródmieście obsługuje dzielnicę Zatorze, mówi po ukraińsku, ma 4 aktywne sprawy");
    }

    @Test
    void aDistrictInTheProfileCountsLikeARuleAndIsNamedAsServed() {
        var ewa = coordinator("Ewa Kowalska", "Stare Miasto", Set.of("Osiedle Słoneczne"), Set.of(), 7);
        var piotr = coordinator("Piotr Zieliński", "Śródmieście", Set.of(), Set.of(), 1);

        // Compared without case and outer spaces: residents type district names themselves.
        var suggestion = RoutingSuggestions.suggest(ipus(" osiedle słoneczne", null), List.of(piotr, ewa), RULES);

        assertThat(suggestion.assignee()).isEqualTo(ewa);
        assertThat(suggestion.districtFit()).isEqualTo(Suggestion.DistrictFit.SERVES);
        assertThat(suggestion.reason(PL))
                .isEqualTo("Ewa Kowalska: obsługuje dzielnicę osiedle słoneczne, ma 7 aktywnych spraw");
    }

    @Test
    void withTheDistrictEqualTheLanguageDecides() {
        var ewa = coordinator("Ewa Kowalska", "Śródmieście", Set.of(), Set.of("en"), 0);
        var piotr = coordinator("Piotr Zieliński", "Śródmieście", Set.of(), Set.of("uk"), 6);

        var suggestion = RoutingSuggestions.suggest(ipus("Zatorze", "uk"), List.of(ewa, piotr), RULES);
        assertThat(suggestion.assignee()).isEqualTo(piotr);
        assertThat(suggestion.speaksLanguage()).isTrue();

        // Polish needs nobody special: the lighter workload wins.
        assertThat(RoutingSuggestions.suggest(ipus("Zatorze", "pl"), List.of(ewa, piotr), RULES)
                        .assignee())
                .isEqualTo(ewa);
    }

    @Test
    void whenNobodySpeaksTheLanguageTheReasonSaysSo() {
        var ewa = coordinator("Ewa Kowalska", "Śródmieście", Set.of(), Set.of(), 1);

        var suggestion = RoutingSuggestions.suggest(ipus("Zatorze", "uk"), List.of(ewa), RULES);

        assertThat(suggestion.reason(PL))
                .isEqualTo(
                        "Ewa Kowalska: zespół Śródmieście obsługuje dzielnicę Zatorze, nie mówi po ukraińsku, ma 1 aktywną sprawę");
    }

    @Test
    void theKindDecidesTheRole() {
        var ewa = coordinator("Ewa Kowalska", "Stare Miasto", Set.of("Piaski"), Set.of(), 0);
        var marta = assistant("Marta Zielińska", 12, 15);

        var zaZyciem = RoutingSuggestions.suggest(
                new RoutingSuggestions.Facts(ApplicationKind.ZA_ZYCIEM, "Piaski", null), List.of(ewa, marta), RULES);
        assertThat(zaZyciem.assignee()).isEqualTo(marta);
        assertThat(zaZyciem.role()).isEqualTo(Role.FAMILY_ASSISTANT);
        assertThat(zaZyciem.reason(PL))
                .isEqualTo("Marta Zielińska: nie obsługuje dzielnicy Piaski, ma 12 aktywnych spraw (limit 15)");

        assertThat(RoutingSuggestions.suggest(ipus("Piaski", null), List.of(ewa, marta), RULES)
                        .assignee())
                .isEqualTo(ewa);
    }

    @Test
    void theLeastWorkloadWinsTiesAndTheNameSettlesEqualWorkloads() {
        var a = coordinator("Adam Nowak", "Śródmieście", Set.of(), Set.of(), 3);
        var b = coordinator("Beata Nowak", "Śródmieście", Set.of(), Set.of(), 2);
        var c = coordinator("Celina Nowak", "Śródmieście", Set.of(), Set.of(), 2);

        assertThat(RoutingSuggestions.suggest(ipus("Zatorze", null), List.of(a, c, b), RULES)
                        .assignee())
                .isEqualTo(b);
        assertThat(RoutingSuggestions.ranked(ipus("Zatorze", null), List.of(a, c, b), RULES))
                .containsExactly(b, c, a);
        assertThat(RoutingSuggestions.suggest(ipus(null, null), List.of(a, c, b), RULES)
                        .districtFit())
                .isEqualTo(Suggestion.DistrictFit.NOT_GIVEN);
    }

    @Test
    void peopleAtTheirLimitAndInactiveProfilesAreLeftOut() {
        var full = assistant("Anna Pełna", 15, 15);
        var free = assistant("Zofia Wolna", 14, 15);
        var away = new Workload(
                profile("Olga Urlop", Role.FAMILY_ASSISTANT, "Wsparcie rodziny", Set.of(), Set.of(), false), 0, 15);
        var facts = new RoutingSuggestions.Facts(ApplicationKind.ZA_ZYCIEM, null, null);

        assertThat(RoutingSuggestions.suggest(facts, List.of(full, free, away), RULES)
                        .assignee())
                .isEqualTo(free);
        assertThat(RoutingSuggestions.ranked(facts, List.of(full, free, away), RULES))
                .containsExactly(free);
    }

    @Test
    void whenNobodyFitsTheReasonSaysWhy() {
        var ewa = coordinator("Ewa Kowalska", "Stare Miasto", Set.of(), Set.of(), 0);
        var zaZyciem = new RoutingSuggestions.Facts(ApplicationKind.ZA_ZYCIEM, "Zatorze", null);

        var noProfile = RoutingSuggestions.suggest(zaZyciem, List.of(ewa), RULES);
        assertThat(noProfile.found()).isFalse();
        assertThat(noProfile.gap()).isEqualTo(Suggestion.Gap.NO_PROFILE);
        assertThat(noProfile.reason(PL)).startsWith("Nikt nie pasuje").contains("asystent");
        assertThat(noProfile.reason(EN)).startsWith("Nobody fits");

        var allFull = RoutingSuggestions.suggest(zaZyciem, List.of(assistant("Marta Zielińska", 15, 15)), RULES);
        assertThat(allFull.gap()).isEqualTo(Suggestion.Gap.ALL_FULL);
        assertThat(allFull.reason(PL)).startsWith("Nikt nie pasuje").contains("limit");
    }

    @Test
    void pluralFormsFollowEachLanguage() {
        assertThat(List.of(1, 2, 4, 5, 12, 22, 25, 101).stream()
                        .map(n -> Plurals.category(n, PL))
                        .toList())
                .containsExactly("one", "few", "few", "many", "many", "few", "many", "many");
        assertThat(Plurals.category(21, Locale.forLanguageTag("uk"))).isEqualTo("one");
        assertThat(Plurals.category(21, PL)).isEqualTo("many");
        assertThat(Plurals.category(2, EN)).isEqualTo("many");
    }
}
