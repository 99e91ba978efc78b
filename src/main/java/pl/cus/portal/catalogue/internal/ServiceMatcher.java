package pl.cus.portal.catalogue.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pl.cus.portal.catalogue.CatalogueQuery;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.ServiceDetails;

/**
 * Filters and ranks services for a {@link CatalogueQuery}. Filters (situation, area, district, provider kind) must all
 * hold. Free text is forgiving, because residents type how they speak ("jestem w ciąży", "opieka nad mamą"): case and
 * Polish diacritics are ignored, words are compared by their stem (a prefix, so "ciąży" finds "ciąża"), and a service
 * matches when at least one word does; services matching more words, and words in their name, come first.
 */
final class ServiceMatcher {

    private static final int MIN_WORD = 3;
    /** A word found in the name counts for more than one found anywhere else. */
    private static final int NAME_WEIGHT = 3;

    private static final Set<String> STOP_WORDS = Set.of(
            "jestem",
            "mam",
            "moja",
            "moje",
            "moj",
            "mój",
            "nad",
            "dla",
            "przy",
            "się",
            "sie",
            "oraz",
            "the",
            "and",
            "for",
            "with",
            "have",
            "has",
            "need",
            "help",
            "pomoc",
            "szukam",
            "potrzebuje",
            "потрібна",
            "допомога",
            "для",
            "мені",
            "моя",
            "мій",
            "мою");

    private final Map<LifeSituation, String> situationWords;

    /** @param situationWords per situation, its labels and search words in every language (already joined) */
    ServiceMatcher(Map<LifeSituation, String> situationWords) {
        this.situationWords = Map.copyOf(situationWords);
    }

    List<ServiceDetails> search(List<ServiceDetails> candidates, CatalogueQuery query) {
        List<String> stems = stems(query.text());
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (ServiceDetails candidate : candidates) {
            int index = order++;
            if (!passesFilters(candidate, query)) {
                continue;
            }
            if (stems.isEmpty()) {
                scored.add(new Scored(candidate, 0, index));
                continue;
            }
            String name = normalise(candidate.service().name());
            String haystack = haystack(candidate);
            int score = stems.stream()
                    .mapToInt(stem -> name.contains(stem) ? NAME_WEIGHT : haystack.contains(stem) ? 1 : 0)
                    .sum();
            if (score > 0) {
                scored.add(new Scored(candidate, score, index));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::index))
                .map(Scored::details)
                .toList();
    }

    private static boolean passesFilters(ServiceDetails candidate, CatalogueQuery query) {
        var service = candidate.service();
        if (query.situation() != null && !service.situations().contains(query.situation())) {
            return false;
        }
        if (query.area() != null && service.area() != query.area()) {
            return false;
        }
        if (query.district() != null
                && candidate.providers().stream()
                        .noneMatch(provider -> normalise(query.district()).equals(normalise(provider.district())))) {
            return false;
        }
        return query.providerKind() == null
                || candidate.providers().stream().anyMatch(provider -> provider.kind() == query.providerKind());
    }

    private String haystack(ServiceDetails candidate) {
        var service = candidate.service();
        Stream<String> texts = Stream.of(
                service.name(),
                service.summary(),
                service.description(),
                service.formalConditions(),
                candidate.programme() == null ? null : candidate.programme().name());
        Stream<String> providers = candidate.providers().stream()
                .flatMap(provider -> Stream.of(provider.name(), provider.district(), provider.street()));
        Stream<String> situations = service.situations().stream().map(situationWords::get);
        return normalise(Stream.of(texts, providers, situations)
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" ")));
    }

    /** The searchable stems of the words typed: lower case, no diacritics, no short or filler words. */
    static List<String> stems(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(normalise(text).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= MIN_WORD)
                .filter(word -> !STOP_WORDS.contains(word))
                .map(ServiceMatcher::stem)
                .distinct()
                .toList();
    }

    /** A crude stem for an inflected language: drop up to two trailing letters of longer words. */
    static String stem(String word) {
        if (word.length() >= 7) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() >= 5) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private record Scored(ServiceDetails details, int score, int index) {}
}
