package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submitting an application: the form checked against every rule, the catalogue and the resident's files, then one
 * R2DBC transaction (application, reference, status, attachments, event) that commits before the returned
 * {@code Mono} completes; see docs/decisions/0008-idempotent-submit-committed-before-201.md.
 */
@Component
class Submitter {

    static final String KEY_FIELD = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;

    private final ApplicationStore store;
    private final AttachmentStore attachments;
    private final Catalogue catalogue;
    private final Deadlines deadlines;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final FormRules rules;

    Submitter(
            ApplicationStore store,
            AttachmentStore attachments,
            Catalogue catalogue,
            Deadlines deadlines,
            EventLog events,
            TransactionalOperator transactions,
            JsonMapper json,
            Clock clock,
            IntakeProperties properties) {
        this.store = store;
        this.attachments = attachments;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.rules = new FormRules(properties.maxAttachments());
    }

    /** The application with this key (a retry, answered from what was stored) or a new one; created tells which. */
    record Outcome(Application application, boolean created) {}

    Mono<Outcome> submit(Actor resident, String idempotencyKey, ApplicationForm form) {
        return Mono.defer(() -> {
            String key = checkedKey(idempotencyKey);
            String hash = RequestHash.of(form, json);
            // A retry is answered from what was stored, before validation: the catalogue may have changed since.
            return store.findByKey(resident.id(), key)
                    .map(existing -> replay(existing, hash))
                    .switchIfEmpty(Mono.defer(() ->
                            checked(resident, form).flatMap(services -> create(resident, key, hash, form, services))));
        });
    }

    private Outcome replay(Application existing, String hash) {
        if (!existing.requestHash().equals(hash)) {
            throw new DomainException.Conflict(
                    "intake.error.idempotency-key-reused",
                    "This Idempotency-Key was already used for a different application (" + existing.reference()
                            + "). Use a new key for a new application.");
        }
        return new Outcome(existing, false);
    }

    private static String checkedKey(String key) {
        if (key == null || key.isBlank()) {
            throw InvalidInput.of(
                    KEY_FIELD,
                    "intake.error.idempotency-key",
                    "Send an Idempotency-Key header: a unique value (e.g. a UUID) per application, the same for every retry.");
        }
        if (key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidInput.of(
                    KEY_FIELD,
                    "intake.error.idempotency-key",
                    "The Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters.");
        }
        return key;
    }

    /** Every rule, then the services against the catalogue and the files against their owner: all errors at once. */
    Mono<List<ServiceSummary>> checked(Actor resident, ApplicationForm form) {
        List<FieldError> errors =
                new ArrayList<>(rules.check(form, deadlines.today().getYear()));
        Set<String> reported = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        boolean checkServices = form.kind() == ApplicationKind.IPUS && !reported.contains("serviceIds");
        boolean checkFiles = !reported.contains("attachments");
        Mono<List<ServiceSummary>> services =
                checkServices ? catalogue.services(form.serviceIds()).collectList() : Mono.just(List.of());
        Mono<Set<AttachmentId>> usable = checkFiles
                ? attachments
                        .find(form.attachments())
                        .filter(found -> found.ownerId().equals(resident.id()) && found.applicationId() == null)
                        .map(found -> found.info().id())
                        .collect(Collectors.toSet())
                : Mono.just(Set.of());
        return Mono.zip(services, usable).map(found -> {
            Map<ServiceId, ServiceSummary> known = found.getT1().stream()
                    .collect(Collectors.toMap(ServiceSummary::id, Function.identity(), (a, b) -> a));
            if (checkServices) {
                for (int i = 0; i < form.serviceIds().size(); i++) {
                    if (!known.containsKey(form.serviceIds().get(i))) {
                        errors.add(new FieldError(
                                "serviceIds[" + i + "]",
                                "intake.error.service-unknown",
                                "There is no service " + form.serviceIds().get(i) + " on offer in the catalogue."));
                    }
                }
            }
            if (checkFiles) {
                for (int i = 0; i < form.attachments().size(); i++) {
                    if (!found.getT2().contains(form.attachments().get(i))) {
                        errors.add(new FieldError(
                                "attachments[" + i + "]",
                                "intake.error.attachment-unknown",
                                "There is no file " + form.attachments().get(i) + " of yours that is free to attach."));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            // In the order the resident chose them.
            return form.serviceIds().stream().map(known::get).toList();
        });
    }

    private Mono<Outcome> create(
            Actor resident, String key, String hash, ApplicationForm form, List<ServiceSummary> services) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate submittedOn = LocalDate.ofInstant(now, clock.getZone());
        var app = new Application(
                new ApplicationId(UUID.randomUUID()),
                resident.id(),
                key,
                hash,
                null,
                form.kind(),
                now,
                submittedOn,
                deadlines.planDueDate(submittedOn),
                form.needs(),
                form.situation(),
                services,
                form.household(),
                normalised(form.contact()),
                form.district(),
                form.language(),
                Lifecycle.submitted(),
                0);
        return store.claim(app, now)
                .flatMap(inserted -> inserted
                        ? record(app, form).map(stored -> new Outcome(stored, true))
                        // Another request with this key won the race and has committed: answer with its application.
                        : store.findByKey(resident.id(), key).map(existing -> replay(existing, hash)))
                .as(transactions::transactional);
    }

    private Mono<Application> record(Application app, ApplicationForm form) {
        // The reference counter's row lock and the event log's lock are held until commit and every submission
        // queues on them, so they are taken last: the rest of the transaction runs in parallel with other submits.
        return store.addStatus(app.id(), ApplicationStatus.SUBMITTED, app.submittedAt(), null)
                .then(attachments.attach(form.attachments(), app.residentId(), app.id()))
                .flatMap(attached -> attached == form.attachments().size()
                        ? Mono.empty()
                        : Mono.error(InvalidInput.of(
                                "attachments",
                                "intake.error.attachment-unknown",
                                "A file was attached to another application meanwhile; add it again.")))
                .then(store.assignReference(app.id(), app.submittedOn().getYear()))
                .flatMap(reference -> events.append(new ApplicationSubmitted(
                                app.id().value(),
                                reference,
                                app.kind(),
                                app.residentId(),
                                app.submittedOn(),
                                app.planDueDate(),
                                app.district(),
                                app.language(),
                                app.services().stream()
                                        .map(service -> service.id().value())
                                        .toList()))
                        .thenReturn(app.withReference(reference)));
    }

    /** Addresses are trimmed of surrounding spaces; the portal channel keeps none. */
    private static Contact normalised(Contact contact) {
        String value = contact.channel() == ContactChannel.PORTAL || contact.value() == null
                ? null
                : contact.value().strip();
        return new Contact(contact.channel(), value, contact.discretion());
    }
}
