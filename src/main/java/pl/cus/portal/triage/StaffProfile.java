package pl.cus.portal.triage;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import pl.cus.portal.shared.Role;

/**
 * How routing sees a coordinator or family assistant: the team, the districts they serve and the languages they
 * speak besides Polish. The account itself lives in identity; name and role are copied when the profile is saved.
 *
 * @param role      {@link Role#COORDINATOR} or {@link Role#FAMILY_ASSISTANT}: which kind of application they take
 * @param districts districts served directly, as written in applications (compared ignoring case)
 * @param languages language tags ({@code uk}, {@code en}); Polish is assumed for everyone
 * @param active    inactive profiles (leave, left the team) are never suggested
 */
public record StaffProfile(
        UUID accountId,
        String username,
        String displayName,
        Role role,
        String team,
        Set<String> districts,
        Set<String> languages,
        boolean active) {

    public StaffProfile {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    public boolean serves(String district) {
        return district != null && districts.stream().anyMatch(d -> same(d, district));
    }

    public boolean speaks(String language) {
        return language == null || language.isBlank() || "pl".equals(language) || languages.contains(language);
    }

    public boolean inTeam(String otherTeam) {
        return team != null && otherTeam != null && same(team, otherTeam);
    }

    /** District and team names are typed by people: compared without case and outer spaces. */
    public static boolean same(String a, String b) {
        return a != null
                && b != null
                && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
