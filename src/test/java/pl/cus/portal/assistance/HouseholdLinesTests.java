package pl.cus.portal.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The household as staff type it, "name; relation; year", one person a line. */
class HouseholdLinesTests {

    @Test
    void eachLineIsAPersonWithAnOptionalRelationAndYear() {
        assertThat(HouseholdLines.parse(" Anna Nowak ; mama ; 1991 \n\nZosia; córka\nTomasz\n"))
                .containsExactly(
                        new InformationCard.Member("Anna Nowak", "mama", 1991),
                        new InformationCard.Member("Zosia", "córka", null),
                        new InformationCard.Member("Tomasz", null, null));
    }

    @Test
    void aYearThatIsNotANumberIsZeroSoThatTheCardsRulesNameIt() {
        assertThat(HouseholdLines.parse("Ola; córka; dwa tysiące"))
                .containsExactly(new InformationCard.Member("Ola", "córka", 0));
        assertThat(HouseholdLines.parse("Ola; ; ")).containsExactly(new InformationCard.Member("Ola", "", null));
        assertThat(HouseholdLines.parse(null)).isEmpty();
    }

    @Test
    void theWrittenLinesReadBackAsTheSamePeople() {
        var members = List.of(
                new InformationCard.Member("Anna Nowak", "mama", 1991),
                new InformationCard.Member("Tomasz", null, null));
        assertThat(HouseholdLines.format(members)).isEqualTo("Anna Nowak; mama; 1991\nTomasz; ; ");
        assertThat(HouseholdLines.parse(HouseholdLines.format(members)))
                .containsExactly(
                        new InformationCard.Member("Anna Nowak", "mama", 1991),
                        new InformationCard.Member("Tomasz", "", null));
    }
}
