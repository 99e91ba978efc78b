package pl.cus.portal.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.reporting.FamilyAssistanceFigures;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.reporting.ReportSummary;

class SummaryCsvTests {

    private static ReportSummary summary(FamilyAssistanceFigures assistance) {
        Map<String, Long> kinds = new LinkedHashMap<>(Map.of("IPUS", 12L));
        kinds.put("ZA_ZYCIEM", 3L);
        return new ReportSummary(
                ReportPeriod.halfYear(2027, 1),
                LocalDate.of(2027, 7, 2),
                15,
                kinds,
                Map.of("EMAIL", 15L),
                9,
                7,
                2,
                21.5,
                33.25,
                List.of(new ReportSummary.MonthPlans("2027-01", 7, 2)),
                1,
                1,
                Map.of("OTHER", 1L),
                1,
                0,
                Map.of("MUNICIPAL_OFFICE", 1L),
                List.of(new ReportSummary.Destination("MUNICIPAL_OFFICE", "=HYPERLINK(\"x\")", 1)),
                List.of(new ReportSummary.ServiceCount(
                        UUID.randomUUID().toString(),
                        "Opieka wytchnieniowa",
                        "Program \"Razem\"",
                        "Fundacja; Nadrzecze",
                        4)),
                List.of(new ReportSummary.Caseload(UUID.randomUUID(), "Marta Zielińska", "FAMILY_ASSISTANT", 16, 15)),
                assistance);
    }

    @Test
    void utf8WithByteOrderMarkSemicolonsAndPolishHeaders() {
        byte[] bytes = SummaryCsv.bytes(summary(FamilyAssistanceFigures.notAvailable()));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Sekcja;Pozycja;Wartość\r\n");
        assertThat(text.lines())
                .contains(
                        "Wnioski;Przyjęte wnioski;15",
                        "Wnioski według rodzaju;Usługi społeczne / IPUS;12",
                        "Plany (IPUS) i termin 30 dni;Mediana liczby dni do planu;21,5",
                        "Plany (IPUS) i termin 30 dni;90. percentyl liczby dni do planu;33,3",
                        "Plany według miesięcy;2027-01 W terminie;7",
                        "Obciążenie koordynatorów i asystentów rodziny;Marta Zielińska (asystent rodziny) — limit 15;16");
    }

    @Test
    void fieldsAreQuotedAndFormulasDefused() {
        String text = SummaryCsv.text(summary(FamilyAssistanceFigures.notAvailable()));
        assertThat(text).contains("\"Program \"\"Razem\"\" — Opieka wytchnieniowa — Fundacja; Nadrzecze\";4");
        assertThat(text).contains("Dokąd przekazano;\"Urząd gminy: =HYPERLINK(\"\"x\"\")\";1");
        assertThat(SummaryCsv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(SummaryCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SummaryCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(SummaryCsv.decimal(null)).isEmpty();
    }

    @Test
    void familyAssistanceFiguresAppearWhenTheyExist() {
        String missing = SummaryCsv.text(summary(FamilyAssistanceFigures.notAvailable()));
        assertThat(missing).contains("Asystentura rodzinna;Dane o asystenturze rodzinnej nie są jeszcze dostępne");
        String present = SummaryCsv.text(summary(new FamilyAssistanceFigures(
                true,
                278,
                15,
                563,
                84,
                7,
                53,
                32,
                Map.of("NO_COOPERATION_OR_RESIGNATION", 20L, "MOVED_AWAY", 7L, "OTHER", 5L),
                1200,
                170)));
        assertThat(present.lines())
                .contains(
                        "Asystentura rodzinna;Rodziny objęte asystenturą;278",
                        "Asystentura rodzinna;Dzieci w tych rodzinach;563",
                        "Asystentura rodzinna;Asystentury przerwane;32",
                        "Asystentura rodzinna;Asystentury przerwane — Brak współpracy lub rezygnacja rodziny;20",
                        "Asystentura rodzinna;Asystentury przerwane — Wyprowadzka rodziny;7",
                        "Asystentura rodzinna;Asystenci rodziny prowadzący te rodziny;15",
                        "Asystentura rodzinna;Wizyty i kontakty w okresie;1200",
                        "Asystentura rodzinna;Złożone sprawozdania miesięczne;170");
        assertThat(present).doesNotContain("nie są jeszcze dostępne");
    }
}
