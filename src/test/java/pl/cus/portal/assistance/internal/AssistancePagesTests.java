package pl.cus.portal.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.assistance.AssistanceFixtures;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.audit.AccessLog;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.shared.DomainException;
import reactor.test.StepVerifier;

/** The pages' reads log one READ per opening and carry what the reader may do; saves check the version. */
class AssistancePagesTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    FamilyAssistance assistance;

    @Autowired
    AssistanceStore store;

    @Autowired
    Applications applications;

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    AccessLog accessLog;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

    private long reads(ApplicationId id) {
        return accessLog.forRecord(id.value()).count().block(WAIT);
    }

    @Test
    void eachOpeningOfTheFamilyPageAndOfAReportRecordsOneRead() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);

        long before = reads(id);
        var overview = assistance.overview(AssistanceFixtures.MARTA, id).block(WAIT);
        assertThat(overview.started()).isFalse();
        assertThat(overview.mayRecordConsent()).isTrue();
        assertThat(reads(id)).isEqualTo(before + 1);

        assistance
                .recordConsent(AssistanceFixtures.MARTA, id, new Consent(today, false, null, null))
                .block(WAIT);
        before = reads(id);
        overview = assistance.overview(AssistanceFixtures.MARTA, id).block(WAIT);
        assertThat(overview.started()).isTrue();
        assertThat(overview.timeLimits()).isNotEmpty();
        assertThat(reads(id)).isEqualTo(before + 1);

        before = reads(id);
        var report = assistance
                .reportPage(AssistanceFixtures.MARTA, id, YearMonth.from(today), Locale.forLanguageTag("pl"))
                .block(WAIT);
        assertThat(report.maySubmit()).isTrue();
        assertThat(reads(id)).isEqualTo(before + 1);
    }

    @Test
    void theOverviewSaysWhoMayWriteTheHeadsOfTheCentreReadAndOthersDoNotSeeIt() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        assistance
                .recordConsent(AssistanceFixtures.MARTA, id, new Consent(today, false, null, null))
                .block(WAIT);

        var marta = assistance.overview(AssistanceFixtures.MARTA, id).block(WAIT);
        assertThat(marta.mayWrite()).isTrue();
        assertThat(marta.mayChangeRunning()).isTrue();
        assertThat(marta.mayAddMonitoringNotes()).isFalse();

        var jan = assistance.overview(AssistanceFixtures.JAN, id).block(WAIT);
        assertThat(jan.mayWrite()).isFalse();
        assertThat(jan.mayChangeRunning()).isFalse();
        assertThat(jan.assistance().consentOn()).isEqualTo(today);
        assertThat(assistance
                        .reportPage(AssistanceFixtures.JAN, id, YearMonth.from(today), Locale.forLanguageTag("pl"))
                        .block(WAIT)
                        .maySubmit())
                .isFalse();

        StepVerifier.create(assistance.overview(AssistanceFixtures.ANNA, id))
                .expectError(DomainException.Forbidden.class)
                .verify(WAIT);
    }

    @Test
    void aChangeDecidedOnAnOlderVersionIsRefusedAndNotSaved() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        assistance
                .recordConsent(AssistanceFixtures.MARTA, id, new Consent(today, false, null, null))
                .block(WAIT);
        Assistance first = store.load(id.value()).block(WAIT);
        Assistance second = store.load(id.value()).block(WAIT);
        var marta = AssistanceFixtures.MARTA.id();

        first.saveCard(marta, new InformationCard(List.of(), "Pierwsza", null, null));
        store.save(first, Instant.now()).block(WAIT);
        second.saveCard(marta, new InformationCard(List.of(), "Druga", null, null));
        StepVerifier.create(store.save(second, Instant.now()))
                .expectErrorSatisfies(error ->
                        assertThat(((DomainException) error).messageKey()).isEqualTo("assistance.error.race"))
                .verify(WAIT);

        Assistance saved = store.load(id.value()).block(WAIT);
        assertThat(saved.row().card().situation()).isEqualTo("Pierwsza");
        assertThat(saved.row().version()).isEqualTo(first.row().version() + 1);
    }
}
