package pl.cus.portal.plans.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.plans.PlanDraft;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanPeriods;
import pl.cus.portal.plans.PlanWarning;
import pl.cus.portal.shared.InvalidInput.FieldError;

/**
 * The plan's rules as pure functions: the period (art. 40: at most a year; an IPUS coordinates services for at least
 * three months), the items (art. 39: service, provider, place, schedule) and the goals are errors; services that
 * exclude each other and more than four services are only warnings, because the family may have reasons.
 */
final class PlanRules {

    static final int MAX_FIELD = 500;
    static final int MAX_TEXT = 4000;
    static final int BEST_PRACTICE_SERVICES = 4;

    private PlanRules() {}

    /** Every broken rule, each naming its field; {@code offered} are the service ids the catalogue offers now. */
    static List<FieldError> check(PlanDraft draft, Set<ServiceId> offered) {
        List<FieldError> errors = new ArrayList<>();
        period(draft.from(), draft.to(), errors);
        if (draft.items().isEmpty()) {
            errors.add(new FieldError("items", "plans.error.items-empty", "Choose at least one service for the plan."));
        }
        for (int i = 0; i < draft.items().size(); i++) {
            PlanItem item = draft.items().get(i);
            String at = "items[" + i + "].";
            if (item == null || item.serviceId() == null) {
                errors.add(new FieldError(at + "serviceId", "plans.error.service-missing", "Choose the service."));
                continue;
            }
            if (!offered.contains(item.serviceId())) {
                errors.add(new FieldError(
                        at + "serviceId",
                        "plans.error.service-unknown",
                        "Service " + item.serviceId() + " is not offered in the catalogue."));
            }
            text(
                    errors,
                    at + "provider",
                    item.provider(),
                    MAX_FIELD,
                    "plans.error.provider",
                    "Name who provides the service");
            text(
                    errors,
                    at + "place",
                    item.place(),
                    MAX_FIELD,
                    "plans.error.place",
                    "Say where the service takes place");
            text(
                    errors,
                    at + "schedule",
                    item.schedule(),
                    MAX_FIELD,
                    "plans.error.schedule",
                    "Give the schedule: how often and from when");
        }
        text(
                errors,
                "goals",
                draft.goals(),
                MAX_TEXT,
                "plans.error.goals",
                "Write the goals in the family's own words");
        if (draft.reason() != null && draft.reason().strip().length() > MAX_TEXT) {
            errors.add(new FieldError(
                    "reason", "plans.error.reason", "The reason is too long (at most " + MAX_TEXT + " characters)."));
        }
        return errors;
    }

    static void period(LocalDate from, LocalDate to, List<FieldError> errors) {
        if (from == null) {
            errors.add(new FieldError("from", "plans.error.from-missing", "Give the first day of the plan."));
        }
        if (to == null) {
            errors.add(new FieldError("to", "plans.error.to-missing", "Give the last day of the plan."));
        }
        if (from == null || to == null) {
            return;
        }
        if (!to.isAfter(from)) {
            errors.add(new FieldError(
                    "to", "plans.error.to-before-from", "The last day must come after the first day (" + from + ")."));
        } else if (to.isBefore(PlanPeriods.earliestEnd(from))) {
            errors.add(new FieldError(
                    "to",
                    "plans.error.period-short",
                    "A plan runs at least " + PlanPeriods.MIN_MONTHS + " months: starting on " + from
                            + " it can end on " + PlanPeriods.earliestEnd(from) + " at the earliest."));
        } else if (to.isAfter(PlanPeriods.latestEnd(from))) {
            errors.add(new FieldError(
                    "to",
                    "plans.error.period-long",
                    "A plan runs at most " + PlanPeriods.MAX_MONTHS + " months: starting on " + from + " it can end on "
                            + PlanPeriods.latestEnd(from) + " at the latest."));
        }
    }

    /**
     * What the coordinator should look at again: each pair of chosen services where one excludes the other (in either
     * direction), and more than four different services.
     *
     * @param excludes for each chosen service, the services the catalogue says it cannot be combined with
     * @param names    the services' names, for the messages
     */
    static List<PlanWarning> warnings(
            List<PlanItem> items, Map<ServiceId, Set<ServiceId>> excludes, Map<ServiceId, String> names) {
        List<ServiceId> chosen = new ArrayList<>(
                new LinkedHashSet<>(items.stream().map(PlanItem::serviceId).toList()));
        List<PlanWarning> warnings = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = i + 1; j < chosen.size(); j++) {
                ServiceId a = chosen.get(i);
                ServiceId b = chosen.get(j);
                if (excludes.getOrDefault(a, Set.of()).contains(b)
                        || excludes.getOrDefault(b, Set.of()).contains(a)) {
                    warnings.add(new PlanWarning(
                            PlanWarning.EXCLUSIVE_SERVICES,
                            "\"" + names.getOrDefault(a, a.toString()) + "\" and \""
                                    + names.getOrDefault(b, b.toString()) + "\" exclude each other in the catalogue.",
                            List.of(a, b)));
                }
            }
        }
        if (chosen.size() > BEST_PRACTICE_SERVICES) {
            warnings.add(new PlanWarning(
                    PlanWarning.MORE_THAN_FOUR,
                    "The plan has " + chosen.size()
                            + " services; families manage best with 3 or 4 they chose themselves.",
                    chosen));
        }
        return warnings;
    }

    private static void text(List<FieldError> errors, String field, String value, int max, String key, String what) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            errors.add(new FieldError(field, key, what + " (1 to " + max + " characters)."));
        }
    }
}
