package pl.cus.portal.triage.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.Role;
import pl.cus.portal.triage.AssessmentForm;
import pl.cus.portal.triage.NeedsAssessment;
import pl.cus.portal.triage.NeedsAssessments;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class AssessmentService implements NeedsAssessments {

    static final String WRITE_PURPOSE = "needs assessment";
    static final String READ_PURPOSE = "needs assessment record";

    private final AssessmentStore store;
    private final BackOfficeApplications backOffice;
    private final TransactionalOperator transactions;
    private final Clock clock;

    AssessmentService(
            AssessmentStore store, BackOfficeApplications backOffice, TransactionalOperator transactions, Clock clock) {
        this.store = store;
        this.backOffice = backOffice;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Mono<NeedsAssessment> record(Actor actor, ApplicationId id, AssessmentForm form) {
        return Mono.defer(() -> {
            RoutingService.requireStaff(actor);
            AssessmentForm valid = validated(form);
            return allowed(actor, id, WRITE_PURPOSE).flatMap(view -> {
                ApplicationStatus status = view.summary().status();
                if (!status.isOpen()) {
                    return Mono.error(new DomainException.Conflict(
                            "triage.error.closed",
                            "The application is no longer open; the assessment cannot be recorded."));
                }
                if (status == ApplicationStatus.SUBMITTED) {
                    return Mono.error(new DomainException.Conflict(
                            "triage.error.not-assigned",
                            "Assign the application before recording the needs assessment."));
                }
                var draft = new NeedsAssessment(
                        UUID.randomUUID(),
                        id,
                        0,
                        valid,
                        actor.id(),
                        actor.displayName(),
                        clock.instant().truncatedTo(ChronoUnit.MICROS));
                // The record and the status change commit together: intake's markAssessed joins this transaction.
                return store.insert(draft)
                        .flatMap(saved -> status == ApplicationStatus.ASSIGNED
                                ? backOffice.markAssessed(actor, id).thenReturn(saved)
                                : Mono.just(saved))
                        .as(transactions::transactional)
                        .onErrorMap(
                                DataIntegrityViolationException.class,
                                e -> new DomainException.Conflict(
                                        "triage.error.assessment-race",
                                        "Someone recorded the assessment at the same moment; reload and try again."));
            });
        });
    }

    @Override
    public Flux<NeedsAssessment> history(Actor actor, ApplicationId id) {
        return Flux.defer(() -> {
            RoutingService.requireStaff(actor);
            return allowed(actor, id, READ_PURPOSE).flatMapMany(view -> store.history(id));
        });
    }

    @Override
    public Flux<NeedsAssessment> history(Actor actor, CaseView opened) {
        return Flux.defer(() -> {
            RoutingService.requireStaff(actor);
            return permitted(actor, opened)
                    .flatMapMany(view -> store.history(view.summary().id()));
        });
    }

    /** Opening the case applies intake's policy and records the read; then only its assignee or the organiser. */
    private Mono<CaseView> allowed(Actor actor, ApplicationId id, String purpose) {
        return backOffice.open(actor, id, purpose).flatMap(view -> permitted(actor, view));
    }

    private static Mono<CaseView> permitted(Actor actor, CaseView view) {
        return permits(actor, view)
                ? Mono.just(view)
                : Mono.error(new DomainException.Forbidden(
                        "Only the assigned coordinator or the organiser records and reads the needs assessment."));
    }

    /** The case in full, and the actor its assignee or the organiser. */
    static boolean permits(Actor actor, CaseView view) {
        boolean assignee = view.summary().assignee() != null
                && actor.id().equals(view.summary().assignee().id());
        return view.isFull() && (assignee || actor.has(Role.ORGANISER));
    }

    static AssessmentForm validated(AssessmentForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form == null) {
            throw InvalidInput.of("needs", "triage.error.assessment-needs", "Describe the needs presented.");
        }
        text(errors, "needs", form.needs(), true, "triage.error.assessment-needs", "Describe the needs presented");
        text(
                errors,
                "servicesUsed",
                form.servicesUsed(),
                false,
                "triage.error.assessment-length",
                "Services already used");
        text(
                errors,
                "justification",
                form.justification(),
                false,
                "triage.error.assessment-length",
                "The justification");
        text(errors, "feesNote", form.feesNote(), false, "triage.error.assessment-length", "The note on fees");
        if (form.justified() == null) {
            errors.add(new FieldError(
                    "justified",
                    "triage.error.assessment-justified",
                    "Say whether the requested services are justified."));
        }
        if (form.possible() == null) {
            errors.add(new FieldError(
                    "possible",
                    "triage.error.assessment-possible",
                    "Say whether the requested services are possible."));
        }
        if (form.feesExplained() == null) {
            errors.add(new FieldError(
                    "feesExplained", "triage.error.assessment-fees", "Say whether fees and discounts were explained."));
        }
        if (form.outcome() == null) {
            errors.add(new FieldError(
                    "outcome",
                    "triage.error.assessment-outcome",
                    "Choose the outcome: PLAN, FORWARD or NOT_QUALIFIED."));
        }
        boolean doubtful = Boolean.FALSE.equals(form.justified()) || Boolean.FALSE.equals(form.possible());
        if (doubtful && RoutingService.blank(form.justification())) {
            errors.add(new FieldError(
                    "justification",
                    "triage.error.assessment-why",
                    "Say why the services are not justified or not possible."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new AssessmentForm(
                form.needs().strip(),
                strip(form.servicesUsed()),
                form.justified(),
                form.possible(),
                strip(form.justification()),
                form.feesExplained(),
                strip(form.feesNote()),
                form.outcome());
    }

    private static void text(
            List<FieldError> errors, String field, String value, boolean required, String key, String what) {
        if (required && RoutingService.blank(value)) {
            errors.add(new FieldError(field, key, what + " (1 to " + AssessmentForm.MAX_TEXT + " characters)."));
        } else if (value != null && value.strip().length() > AssessmentForm.MAX_TEXT) {
            errors.add(new FieldError(
                    field,
                    "triage.error.assessment-length",
                    what + " is at most " + AssessmentForm.MAX_TEXT + " characters."));
        }
    }

    private static String strip(String text) {
        return RoutingService.blank(text) ? null : text.strip();
    }
}
