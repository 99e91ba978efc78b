package pl.cus.portal.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.PlanFixtures;
import pl.cus.portal.plans.PlanPages;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;

/** The plan is saved whole with an optimistic check, and the back-office plan page records one read. */
class PlanStoreTests extends PortalIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Actor EWA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000201"), "ewa", "Ewa Kowalska", List.of(Role.COORDINATOR));

    @Autowired
    PlanStore store;

    @Autowired
    PlanPages pages;

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transactions;

    @Test
    void aPlanChangedSinceItWasLoadedIsNotSavedOverAndTheFirstChangeStays() {
        var id = ApplicationId.of(fixtures().assignedToEwa());
        fixtures().written(id.toString(), LocalDate.now(), LocalDate.now().plusMonths(6));
        IndividualPlan first = store.find(id).block(WAIT);
        IndividualPlan second = store.find(id).block(WAIT);

        first.requestChanges("Inna godzina", Instant.now());
        store.save(first).as(transactions::transactional).block(WAIT);
        second.agree(LocalDate.now());

        assertThatThrownBy(
                        () -> store.save(second).as(transactions::transactional).block(WAIT))
                .isInstanceOf(DomainException.Conflict.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("plans.error.race");
        IndividualPlan stored = store.find(id).block(WAIT);
        assertThat(stored.state().changeRequest()).isEqualTo("Inna godzina");
        assertThat(stored.state().agreed()).isFalse();
        assertThat(stored.revision()).isEqualTo(first.revision() + 1);
    }

    @Test
    void thePlanPageRecordsOneReadAndSaysWhatTheCoordinatorMayDo() {
        var id = ApplicationId.of(fixtures().assignedToEwa());
        fixtures().written(id.toString(), LocalDate.now(), LocalDate.now().plusMonths(6));
        long before = reads(id);

        var page = pages.page(EWA, id).block(WAIT);

        assertThat(reads(id) - before).isEqualTo(1);
        assertThat(page.versions()).hasSize(1);
        assertThat(page.may().write()).isTrue();
        assertThat(page.may().approve()).isFalse();
        assertThat(page.may().note())
                .as("not in force before agreement and approval")
                .isFalse();
    }

    /** The fixtures with a patient client: the first requests after start-up may be slow on a busy machine. */
    private PlanFixtures fixtures() {
        return new PlanFixtures(user ->
                clientAs(user).mutate().responseTimeout(Duration.ofSeconds(60)).build());
    }

    private long reads(ApplicationId id) {
        return db.sql("select count(*) as n from access_log where record_id = :id")
                .bind("id", id.value())
                .map((row, meta) -> row.get("n", Long.class))
                .one()
                .block(WAIT);
    }
}
