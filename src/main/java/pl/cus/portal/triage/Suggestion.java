package pl.cus.portal.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.i18n.Messages;

/**
 * Who fits an application best and why, as {@link RoutingSuggestions} decided it. The reason is kept as facts and
 * written out in words per language, e.g. "Piotr Zieliński: zespół Śródmieście obsługuje dzielnicę Zatorze, mówi po
 * ukraińsku, ma 4 aktywne sprawy".
 *
 * @param assignee      the person suggested with their workload, {@code null} when nobody fits (see {@code gap})
 * @param role          the role the application needs
 * @param districtFit   how the person relates to the application's district
 * @param district      the application's district, or {@code null}
 * @param ruleTeam      the team a routing rule gives the district to, or {@code null}
 * @param language      the application's preferred language, or {@code null}
 * @param gap           why nobody fits, {@link Gap#NONE} when someone does
 */
public record Suggestion(
        Workload assignee,
        Role role,
        DistrictFit districtFit,
        String district,
        String ruleTeam,
        String language,
        Gap gap) {

    /** How the suggested person relates to the application's district. */
    public enum DistrictFit {
        /** The district is in their profile. */
        SERVES,
        /** A routing rule gives the district to their team. */
        TEAM_RULE,
        /** The application names no district. */
        NOT_GIVEN,
        /** Nobody available serves the district; chosen on language and workload. */
        NONE
    }

    /** Why there is no suggestion. */
    public enum Gap {
        NONE,
        /** No active profile with the role the application needs. */
        NO_PROFILE,
        /** Everyone with the role is at their workload limit. */
        ALL_FULL
    }

    public boolean found() {
        return assignee != null;
    }

    /** Whether the application asks for a language other than Polish and the suggested person speaks it. */
    public boolean speaksLanguage() {
        return found() && assignee.profile().speaks(language);
    }

    /** The reason in words, in the given language. */
    public String reason(Locale locale) {
        if (!found()) {
            return gap == Gap.ALL_FULL
                    ? Messages.get("triage.reason.gap.ALL_FULL." + role.name(), locale)
                    : Messages.get("triage.reason.gap.NO_PROFILE." + role.name(), locale);
        }
        List<String> parts = new ArrayList<>();
        parts.add(
                switch (districtFit) {
                    case SERVES -> Messages.get("triage.reason.district.SERVES", locale, district);
                    case TEAM_RULE -> Messages.get("triage.reason.district.TEAM_RULE", locale, district, ruleTeam);
                    case NOT_GIVEN -> Messages.get("triage.reason.district.NOT_GIVEN", locale);
                    case NONE -> Messages.get("triage.reason.district.NONE", locale, district);
                });
        if (language != null && !language.isBlank() && !"pl".equals(language)) {
            parts.add(Messages.get(
                    (speaksLanguage() ? "triage.reason.speaks." : "triage.reason.not-speaks.") + language, locale));
        }
        int active = assignee.activeCases();
        String workload = active == 0
                ? Messages.get("triage.reason.workload.zero", locale)
                : Messages.get(Plurals.key("triage.reason.workload", active, locale), locale, active);
        if (assignee.limit() != null) {
            workload = workload + " " + Messages.get("triage.reason.limit", locale, assignee.limit());
        }
        parts.add(workload);
        return Messages.get(
                "triage.reason.sentence", locale, assignee.profile().displayName(), String.join(", ", parts));
    }
}
