package pl.cus.portal.assistance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The information card's household written one person a line, "name; relation; year of birth" (relation and year
 * optional), as staff type it. A year that is not a number is read as 0, so that the card's rules name the line.
 */
public final class HouseholdLines {

    private HouseholdLines() {}

    /** The people of the lines; blank lines are skipped. */
    public static List<InformationCard.Member> parse(String text) {
        List<InformationCard.Member> members = new ArrayList<>();
        if (text == null) {
            return members;
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            Integer year = null;
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    year = Integer.valueOf(parts[2].strip());
                } catch (NumberFormatException e) {
                    year = 0;
                }
            }
            members.add(new InformationCard.Member(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null, year));
        }
        return members;
    }

    /** The lines {@link #parse} reads back: "Ola; córka; 2015", empty parts left empty. */
    public static String format(List<InformationCard.Member> members) {
        return members.stream()
                .map(m -> m.name() + "; " + (m.relation() == null ? "" : m.relation()) + "; "
                        + (m.birthYear() == null ? "" : m.birthYear()))
                .collect(Collectors.joining("\n"));
    }
}
