package pl.cus.portal.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.assistance.MonthlyReportDue;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.DeadlineStateChanged;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationMessageSent;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.ContactRoutes;
import pl.cus.portal.notifications.NotificationType;
import pl.cus.portal.plans.PlanApproved;
import pl.cus.portal.plans.PlanEndingSoon;
import pl.cus.portal.plans.PlanMeetingRecorded;
import pl.cus.portal.plans.PlanVersionSaved;
import pl.cus.portal.shared.BackgroundSubscription;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventStream;
import pl.cus.portal.shared.EventTypes;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Turns events into notifications and queued e-mails, following the deadlines projector (decision 0010): each event
 * in one transaction that first locks the checkpoint row, so across instances and restarts an event notifies
 * exactly once, and the mail is queued exactly when the in-portal notification is. Events arrive as the publishing
 * modules' records, read back from the log by {@link EventTypes} (decision 0024); a type no module publishes, or a
 * payload that does not read as its record, notifies no one.
 */
@Component
class NotificationProjector extends BackgroundSubscription {

    private static final Logger log = LoggerFactory.getLogger(NotificationProjector.class);

    /** One notification to create. */
    record Target(
            UUID recipient,
            NotificationType type,
            @Nullable UUID applicationId,
            @Nullable String reference,
            @Nullable String detail) {}

    private final EventStream stream;
    private final InboxStore store;
    private final ContactRoutes contacts;
    private final Accounts accounts;
    private final SmtpTransport smtp;
    private final NotificationsProperties properties;
    private final TransactionalOperator transactions;
    private final EventTypes types;
    private final Clock clock;
    private final MailComposer composer;
    private final Sinks.Many<Long> handled = Sinks.many().multicast().directBestEffort();

    NotificationProjector(
            EventStream stream,
            InboxStore store,
            ContactRoutes contacts,
            Accounts accounts,
            SmtpTransport smtp,
            NotificationsProperties properties,
            TransactionalOperator transactions,
            EventTypes types,
            Clock clock) {
        this.stream = stream;
        this.store = store;
        this.contacts = contacts;
        this.accounts = accounts;
        this.smtp = smtp;
        this.properties = properties;
        this.transactions = transactions;
        this.types = types;
        this.clock = clock;
        this.composer = new MailComposer(properties.baseUrl());
    }

    @Override
    protected Disposable subscribe() {
        return Flux.defer(() -> store.checkpoint().flatMapMany(stream::since))
                .concatMap(event -> handle(event).doOnSuccess(done -> handled.tryEmitNext(event.sequence())))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))
                        .maxBackoff(Duration.ofSeconds(5))
                        .transientErrors(true)
                        .doBeforeRetry(signal -> log.warn(
                                "Notifications failed ({}); resuming from the checkpoint",
                                signal.failure().toString())))
                .subscribe();
    }

    /**
     * The sequence of each event once its notifications are committed, on whichever instance applied it: this
     * instance's projector waits for the checkpoint lock, so it passes an event only after its notifications exist.
     */
    Flux<Long> handled() {
        return handled.asFlux();
    }

    /** Applies one event unless the checkpoint is past it; package-private for tests. */
    Mono<Void> handle(StoredEvent event) {
        return store.lockCheckpoint()
                .flatMap(last -> event.sequence() <= last
                        ? Mono.<Void>empty()
                        : apply(event).then(store.advanceCheckpoint(event.sequence())))
                .as(transactions::transactional);
    }

    private Mono<Void> apply(StoredEvent stored) {
        return types.decode(stored).map(event -> apply(stored, event)).orElseGet(Mono::empty);
    }

    private Mono<Void> apply(StoredEvent stored, DomainEvent event) {
        return switch (event) {
            // The assistance module's reminder is about the assistant's month, not one application: the reference is
            // the month (YYYY-MM), and nothing names a family.
            case MonthlyReportDue due ->
                due.assistantId() == null
                        ? Mono.empty()
                        : notify(
                                stored,
                                new Target(
                                        due.assistantId(),
                                        NotificationType.MONTHLY_REPORT_DUE,
                                        null,
                                        due.month(),
                                        null));
            case ApplicationSubmitted submitted ->
                store.submitted(submitted.applicationId(), submitted.residentId(), submitted.reference())
                        .then(notifyAbout(stored, event));
            case ApplicationAssigned assigned ->
                store.assigned(assigned.applicationId(), assigned.coordinatorId())
                        .then(notifyAbout(stored, event));
            default -> notifyAbout(stored, event);
        };
    }

    /** The notifications about the event's application (its aggregate), to whoever the matter concerns. */
    private Mono<Void> notifyAbout(StoredEvent stored, DomainEvent event) {
        UUID applicationId = event.aggregateId();
        if (applicationId == null) {
            return Mono.empty();
        }
        return store.matter(applicationId)
                .defaultIfEmpty(new InboxStore.Matter(applicationId, null, null, null))
                .flatMap(matter -> targets(event, matter))
                .flatMapMany(Flux::fromIterable)
                .concatMap(target -> notify(stored, target))
                .then();
    }

    private Mono<List<Target>> targets(DomainEvent event, InboxStore.Matter matter) {
        UUID app = matter.applicationId();
        String ref = matter.reference();
        List<Target> targets = new ArrayList<>();
        NotificationType toResident = switch (event) {
            case ApplicationSubmitted submitted -> NotificationType.APPLICATION_RECEIVED;
            case ApplicationAssigned assigned -> NotificationType.COORDINATOR_ASSIGNED;
            case ApplicationMessageSent message -> message.fromCentre() ? NotificationType.MESSAGE_FROM_CENTRE : null;
            case ApplicationForwarded forwarded -> NotificationType.APPLICATION_FORWARDED;
            case ApplicationNotQualified refused -> NotificationType.APPLICATION_NOT_QUALIFIED;
            case ApplicationWithdrawn withdrawn -> NotificationType.WITHDRAWAL_CONFIRMED;
            // The plans module's events: a saved version is a plan to read; the director's approval is the news.
            // (The resident's own agreement and the prepared moment that follows one of the two tell them nothing new.)
            case PlanVersionSaved saved -> NotificationType.PLAN_READY;
            case PlanApproved approved -> NotificationType.PLAN_APPROVED;
            // A team meeting was recorded (decision 0019): the family receives its agreements on the plan page.
            case PlanMeetingRecorded meeting -> NotificationType.MEETING_AGREEMENTS;
            default -> null;
        };
        if (toResident != null && matter.residentId() != null) {
            String detail = event instanceof ApplicationForwarded forwarded && forwarded.destination() != null
                    ? forwarded.destination().name()
                    : null;
            targets.add(new Target(matter.residentId(), toResident, app, ref, detail));
        }
        switch (event) {
            case ApplicationAssigned assigned -> {
                UUID coordinator = assigned.coordinatorId();
                // Taking an application oneself needs no notice.
                if (coordinator != null && !coordinator.equals(assigned.assignedBy())) {
                    targets.add(new Target(coordinator, NotificationType.ASSIGNED_TO_ME, app, ref, null));
                }
            }
            case ApplicationMessageSent message -> {
                if (!message.fromCentre() && matter.assigneeId() != null) {
                    targets.add(new Target(matter.assigneeId(), NotificationType.RESIDENT_REPLIED, app, ref, null));
                }
            }
            case PlanEndingSoon ending -> {
                // The plans module's daily reminder: the coordinator plans the summary conversation or a renewal.
                if (matter.assigneeId() != null) {
                    targets.add(new Target(matter.assigneeId(), NotificationType.PLAN_ENDING_SOON, app, ref, null));
                }
            }
            case DeadlineStateChanged changed -> {
                if (changed.to() == DeadlineState.DUE_SOON && matter.assigneeId() != null) {
                    targets.add(new Target(matter.assigneeId(), NotificationType.DEADLINE_DUE_SOON, app, ref, null));
                } else if (changed.to() == DeadlineState.OVERDUE) {
                    return accounts.enabledWithRole(Role.ORGANISER)
                            .collectList()
                            .map(organisers -> {
                                Set<UUID> people = new LinkedHashSet<>();
                                if (matter.assigneeId() != null) {
                                    people.add(matter.assigneeId());
                                }
                                people.addAll(organisers);
                                people.forEach(person -> targets.add(
                                        new Target(person, NotificationType.DEADLINE_OVERDUE, app, ref, null)));
                                return targets;
                            });
                }
            }
            default -> {}
        }
        return Mono.just(targets);
    }

    private Mono<Void> notify(StoredEvent event, Target target) {
        Instant now = clock.instant();
        return store.insertNotification(
                        target.recipient(),
                        target.type(),
                        target.applicationId(),
                        target.reference(),
                        target.detail(),
                        event.sequence(),
                        event.occurredAt())
                .filter(created -> created
                        && event.occurredAt()
                                .plus(properties.mail().maxEventAge())
                                .isAfter(now))
                .flatMap(created -> wantsMail(target))
                .filter(Boolean::booleanValue)
                .flatMap(yes -> address(target))
                .flatMap(to -> {
                    var mail = composer.compose(
                            target.type(), to.language(), to.senderName(), target.reference(), target.applicationId());
                    return store.insertMail(new InboxStore.NewMail(
                            event.sequence(),
                            target.recipient(),
                            to.address(),
                            mail.senderName(),
                            mail.subject(),
                            mail.body(),
                            to.language(),
                            !smtp.configured(),
                            now));
                });
    }

    private Mono<Boolean> wantsMail(Target target) {
        if (target.type().required()) {
            return Mono.just(true);
        }
        return store.mailSwitches(target.recipient()).map(switches -> switches.getOrDefault(target.type(), true));
    }

    private record Address(String address, String language, String senderName) {}

    /** Residents: the application's contact preference decides (EMAIL only); staff: their account's address. */
    private Mono<Address> address(Target target) {
        if (target.type().forStaff()) {
            return accounts.findById(target.recipient())
                    .filter(account ->
                            account.email() != null && !account.email().isBlank())
                    .map(account -> new Address(account.email(), account.preferredLanguage(), properties.senderName()));
        }
        return contacts.forApplication(target.applicationId())
                .filter(route -> route.channel() == ContactChannel.EMAIL
                        && route.email() != null
                        && !route.email().isBlank())
                .map(route -> new Address(
                        route.email(),
                        route.language() == null ? "pl" : route.language(),
                        route.neutralSender() ? properties.neutralSenderName() : properties.senderName()));
    }
}
