package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.cus.portal.intake.IntakeFixtures.ANNA;
import static pl.cus.portal.intake.IntakeFixtures.EWA;
import static pl.cus.portal.intake.IntakeFixtures.PIOTR;
import static pl.cus.portal.intake.IntakeFixtures.assign;
import static pl.cus.portal.intake.IntakeFixtures.ipus;
import static pl.cus.portal.intake.IntakeFixtures.key;
import static pl.cus.portal.intake.IntakeFixtures.submit;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.shared.DomainException;
import tools.jackson.databind.JsonNode;

/** The plans module closes the application after the plan's summary: only a prepared plan, only staff who see it. */
class PlanClosedStepTests extends PortalIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    PlanSteps steps;

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    Applications applications;

    private ApplicationId assignedToEwa() {
        String id = submit(clientAs("anna"), key(), ipus("Zamknięcie planu " + key()))
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .stringValue();
        assign(backOffice, id, EWA);
        return ApplicationId.of(id);
    }

    @Test
    void onlyAPreparedPlanClosesTheApplicationAndItStaysMet() {
        ApplicationId id = assignedToEwa();
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> steps.planClosed(EWA, id, today).block(WAIT))
                .isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> steps.planClosed(ANNA, id, today).block(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);

        steps.planAgreed(ANNA, id, today).block(WAIT);
        steps.planPrepared(EWA, id, today).block(WAIT);
        assertThatThrownBy(() -> steps.planClosed(PIOTR, id, today).block(WAIT)).isInstanceOf(DomainException.class);
        steps.planClosed(EWA, id, today).block(WAIT);

        ApplicationView view = applications.mine(ANNA, id).block(WAIT);
        assertThat(view.status()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(view.status().isOpen()).isFalse();
        assertThat(view.deadlineState()).isEqualTo(DeadlineState.MET);
        assertThat(view.history()).extracting(StatusChange::status).contains(ApplicationStatus.CLOSED);
        // Closed once: a second closure is refused.
        assertThatThrownBy(() -> steps.planClosed(EWA, id, today).block(WAIT))
                .isInstanceOf(DomainException.Conflict.class);
    }
}
