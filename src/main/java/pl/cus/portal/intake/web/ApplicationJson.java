package pl.cus.portal.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.audit.AccessEntry;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationMessage;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.AttachmentInfo;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.intake.Situation;

/** The API's JSON shapes: plain ids and names, no internal types. */
final class ApplicationJson {

    private ApplicationJson() {}

    record Application(
            UUID id,
            String reference,
            ApplicationKind kind,
            ApplicationStatus status,
            Instant submittedAt,
            LocalDate submittedOn,
            LocalDate planDueDate,
            DeadlineState deadlineState,
            boolean withdrawable,
            List<Service> services,
            String needs,
            List<HouseholdMember> household,
            Situation situation,
            Contact contact,
            String district,
            String language,
            List<Attachment> attachments,
            List<Status> history) {

        static Application of(ApplicationView view, ZoneId zone) {
            return new Application(
                    view.id().value(),
                    view.reference(),
                    view.kind(),
                    view.status(),
                    view.submittedAt(),
                    LocalDate.ofInstant(view.submittedAt(), zone),
                    view.planDueDate(),
                    view.deadlineState(),
                    view.withdrawable(),
                    view.services().stream()
                            .map(s -> new Service(s.id().value(), s.name(), s.programmeName()))
                            .toList(),
                    view.needs(),
                    view.household(),
                    view.situation(),
                    new Contact(
                            view.contact().channel(),
                            view.contact().value(),
                            view.contact().discretion().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .toList()),
                    view.district(),
                    view.language(),
                    view.attachments().stream().map(Attachment::of).toList(),
                    view.history().stream()
                            .map(change -> new Status(change.status(), change.at(), change.note()))
                            .toList());
        }
    }

    record Service(UUID id, String name, String programmeName) {}

    record Contact(ContactChannel channel, String value, List<String> discretion) {}

    /** @param note where it went and why, or the justification and appeal information; absent when nothing to add */
    record Status(ApplicationStatus status, Instant at, String note) {}

    record Attachment(UUID id, String displayName, String mediaType, long size, Instant uploadedAt) {
        static Attachment of(AttachmentInfo info) {
            return new Attachment(
                    info.id().value(), info.displayName(), info.mediaType(), info.size(), info.uploadedAt());
        }
    }

    record Message(UUID id, boolean fromCentre, String authorName, String text, Instant sentAt) {
        static Message of(ApplicationMessage message) {
            return new Message(
                    message.id(), message.fromCentre(), message.authorName(), message.text(), message.sentAt());
        }
    }

    record Access(String who, String role, Instant at, String purpose) {
        static Access of(AccessEntry entry) {
            return new Access(entry.who(), entry.role().name(), entry.at(), entry.purpose());
        }
    }

    record MessageRequest(String text) {}
}
