package pl.cus.portal.reporting.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Who in a household on the family's information card counts as a child (decision 0021). The card has a free-text
 * relation and an optional year of birth, no date: so when the year is given it decides, and the person is a child
 * when {@code periodEndYear - birthYear} is 0 to 17 (under 18 in the year the period ends; born later means not yet
 * born then, e.g. an expected child in a "Za życiem" case); without a year, a relation word naming a child decides
 * (Polish, English, Ukrainian: "córka", "syn", "dziecko", "wnuk", "son", "daughter", "донька", "син", …).
 */
final class Children {

    /** Relation words that name a child only as whole words ("syn", not "synowa"). */
    private static final Set<String> WORDS =
            Set.of("syn", "synek", "syna", "son", "child", "children", "kid", "син", "сина", "дитина", "діти", "дитя");
    /** Word beginnings that name a child. */
    private static final Set<String> STEMS = Set.of(
            "dziec",
            "dzieck",
            "córk",
            "cork",
            "pasierb",
            "wnuk",
            "wnucz",
            "daughter",
            "stepson",
            "stepdaughter",
            "grandchild",
            "grandson",
            "granddaughter",
            "донь",
            "доч",
            "онук",
            "пасин",
            "падчер");

    private Children() {}

    static boolean isChild(String relation, Integer birthYear, int periodEndYear) {
        if (birthYear != null) {
            int age = periodEndYear - birthYear;
            return age >= 0 && age < 18;
        }
        if (relation == null || relation.isBlank()) {
            return false;
        }
        for (String word : relation.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (WORDS.contains(word) || STEMS.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
