package pl.cus.portal.plans.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanClosure;
import pl.cus.portal.plans.PlanDraft;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanOutcome;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.plans.PlanWarning;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;

/** The plan's JSON shapes. Dates and ids arrive as strings so that a malformed one is named in the 400 problem. */
final class PlanJson {

    private PlanJson() {}

    record ItemRequest(String serviceId, String provider, String place, String schedule) {}

    record PlanRequest(String from, String to, List<ItemRequest> items, String goals, String reason) {

        PlanDraft toDraft() {
            List<FieldError> errors = new ArrayList<>();
            LocalDate start = date("from", from, errors);
            LocalDate end = date("to", to, errors);
            List<PlanItem> parsed = new ArrayList<>();
            List<ItemRequest> given = items == null ? List.of() : items;
            for (int i = 0; i < given.size(); i++) {
                ItemRequest item = given.get(i);
                if (item == null) {
                    parsed.add(null);
                    continue;
                }
                ServiceId service = null;
                if (item.serviceId() != null && !item.serviceId().isBlank()) {
                    try {
                        service = new ServiceId(UUID.fromString(item.serviceId().strip()));
                    } catch (IllegalArgumentException e) {
                        errors.add(new FieldError(
                                "items[" + i + "].serviceId",
                                "plans.error.service-unknown",
                                "Service " + item.serviceId() + " is not offered in the catalogue."));
                        continue;
                    }
                }
                parsed.add(PlanItem.of(service, item.provider(), item.place(), item.schedule()));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            return new PlanDraft(start, end, parsed, goals, reason);
        }

        static LocalDate date(String field, String value, List<FieldError> errors) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "plans.error.date", "Write the date as YYYY-MM-DD, e.g. 2027-01-10."));
                return null;
            }
        }
    }

    record ChangeRequest(String message) {}

    record Item(UUID serviceId, String serviceName, String provider, String place, String schedule) {
        static Item of(PlanItem item) {
            return new Item(
                    item.serviceId().value(), item.serviceName(), item.provider(), item.place(), item.schedule());
        }
    }

    record Version(
            int version,
            LocalDate from,
            LocalDate to,
            List<Item> items,
            String goals,
            String reason,
            String writtenBy,
            Instant writtenAt,
            LocalDate agreedOn,
            LocalDate approvedOn) {
        static Version of(PlanVersion version) {
            return new Version(
                    version.number(),
                    version.from(),
                    version.to(),
                    version.items().stream().map(Item::of).toList(),
                    version.goals(),
                    version.reason(),
                    version.writtenBy(),
                    version.writtenAt(),
                    version.agreedOn(),
                    version.approvedOn());
        }
    }

    /** How the plan was closed (art. 45); absent while it runs. */
    record Closure(
            LocalDate closedOn,
            LocalDate summaryOn,
            String summaryNotes,
            String courseAndResults,
            PlanOutcome outcome,
            String reason,
            String closedBy) {
        static Closure of(PlanClosure closure) {
            return new Closure(
                    closure.closedOn(),
                    closure.summaryOn(),
                    closure.summaryNotes(),
                    closure.courseAndResults(),
                    closure.outcome(),
                    closure.reason(),
                    closure.closedBy());
        }
    }

    record Warning(String code, String message, List<UUID> services) {
        static Warning of(PlanWarning warning) {
            return new Warning(
                    warning.code(),
                    warning.message(),
                    warning.services().stream().map(ServiceId::value).toList());
        }
    }

    /** The current version's fields at the top level, with where agreement and approval stand. */
    record PlanBody(
            UUID id,
            UUID applicationId,
            int version,
            LocalDate from,
            LocalDate to,
            List<Item> items,
            String goals,
            String reason,
            String writtenBy,
            Instant writtenAt,
            boolean agreed,
            LocalDate agreedOn,
            boolean approved,
            LocalDate approvedOn,
            LocalDate preparedOn,
            String changeRequest,
            Instant changeRequestedAt,
            List<Warning> warnings,
            boolean closed,
            Closure closure) {
        static PlanBody of(Plan plan) {
            PlanVersion v = plan.current();
            return new PlanBody(
                    plan.id().value(),
                    plan.applicationId().value(),
                    v.number(),
                    v.from(),
                    v.to(),
                    v.items().stream().map(Item::of).toList(),
                    v.goals(),
                    v.reason(),
                    v.writtenBy(),
                    v.writtenAt(),
                    plan.agreed(),
                    v.agreedOn(),
                    plan.approved(),
                    v.approvedOn(),
                    plan.preparedOn(),
                    plan.changeRequest(),
                    plan.changeRequestedAt(),
                    plan.warnings().stream().map(Warning::of).toList(),
                    plan.closed(),
                    plan.closure() == null ? null : Closure.of(plan.closure()));
        }
    }
}
