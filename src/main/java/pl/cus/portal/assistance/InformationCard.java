package pl.cus.portal.assistance;

import java.util.List;

/** The family's information card (karta informacyjna rodziny), opened by the assistant at the start. */
public record InformationCard(List<Member> household, String situation, String strengths, String difficulties) {

    public InformationCard {
        household = Lists.copyWithoutNulls("household", household);
    }

    /** Someone in the household; the name is required, the rest optional. */
    public record Member(String name, String relation, Integer birthYear) {}
}
