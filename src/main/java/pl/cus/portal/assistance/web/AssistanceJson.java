package pl.cus.portal.assistance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.web.RouteValues;

/**
 * Family assistance's JSON requests (and the card and work plan, which go both ways; answers are
 * {@link AssistanceResponses}). Dates, months, ids and enum values arrive as strings so that a malformed one is
 * named in the 400 problem instead of failing the whole body.
 */
final class AssistanceJson {

    private AssistanceJson() {}

    /** Collects the parse errors of one body. */
    static final class Parser {
        private final List<FieldError> errors = new ArrayList<>();

        LocalDate date(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(
                        field, "assistance.error.date-format", "Write the date as YYYY-MM-DD, e.g. 2026-11-03."));
                return null;
            }
        }

        YearMonth month(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "assistance.error.month", "Give the month as YYYY-MM, e.g. 2026-10."));
                return null;
            }
        }

        UUID uuid(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "assistance.error.id", "Not a valid id: " + value + "."));
                return null;
            }
        }

        <E extends Enum<E>> E value(String field, Class<E> type, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return RouteValues.named(type, value);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(
                        field, "assistance.error.value", "Unknown value " + value + " for " + field + "."));
                return null;
            }
        }

        /** The list without its {@code null} items, each named as an error ({@code household[2]}): 400, not 500. */
        <T> List<T> items(String field, List<T> given) {
            if (given == null) {
                return List.of();
            }
            List<T> present = new ArrayList<>(given.size());
            for (int i = 0; i < given.size(); i++) {
                if (given.get(i) == null) {
                    emptyItem(field, i);
                } else {
                    present.add(given.get(i));
                }
            }
            return present;
        }

        void emptyItem(String list, int index) {
            errors.add(new FieldError(
                    list + "[" + index + "]",
                    "assistance.error.list-item",
                    "Item " + index + " of " + list + " is empty (null); remove it or fill it in."));
        }

        <T> T done(T value) {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            return value;
        }
    }

    // ---- requests

    record ConsentRequest(String consentOn, Boolean courtOrdered, String referredOn, String documentsReceivedOn) {
        Consent parse() {
            var p = new Parser();
            return p.done(new Consent(
                    p.date("consentOn", consentOn),
                    Boolean.TRUE.equals(courtOrdered),
                    p.date("referredOn", referredOn),
                    p.date("documentsReceivedOn", documentsReceivedOn)));
        }
    }

    record MemberBody(String name, String relation, Integer birthYear) {}

    record CardBody(List<MemberBody> household, String situation, String strengths, String difficulties) {
        InformationCard parse() {
            var p = new Parser();
            var members = p.items("household", household).stream()
                    .map(m -> new InformationCard.Member(m.name(), m.relation(), m.birthYear()));
            return p.done(new InformationCard(members.toList(), situation, strengths, difficulties));
        }

        static CardBody of(InformationCard card) {
            return card == null
                    ? null
                    : new CardBody(
                            card.household().stream()
                                    .map(m -> new MemberBody(m.name(), m.relation(), m.birthYear()))
                                    .toList(),
                            card.situation(),
                            card.strengths(),
                            card.difficulties());
        }
    }

    record ActionBody(String what, String who, String byWhen, String status) {}

    record GoalBody(String id, String title, List<ActionBody> actions) {}

    record WorkPlanBody(List<GoalBody> goals) {
        WorkPlan parse() {
            var p = new Parser();
            List<WorkPlan.Goal> parsed = new ArrayList<>();
            List<GoalBody> given = goals == null ? List.of() : goals;
            for (int g = 0; g < given.size(); g++) {
                GoalBody goal = given.get(g);
                if (goal == null) {
                    p.emptyItem("goals", g);
                    continue;
                }
                List<WorkPlan.Action> actions = new ArrayList<>();
                List<ActionBody> givenActions = goal.actions() == null ? List.of() : goal.actions();
                for (int a = 0; a < givenActions.size(); a++) {
                    ActionBody action = givenActions.get(a);
                    String field = "goals[" + g + "].actions[" + a + "]";
                    if (action == null) {
                        p.emptyItem("goals[" + g + "].actions", a);
                        continue;
                    }
                    actions.add(new WorkPlan.Action(
                            action.what(),
                            action.who(),
                            p.date(field + ".byWhen", action.byWhen()),
                            p.value(field + ".status", WorkPlan.ActionStatus.class, action.status())));
                }
                parsed.add(new WorkPlan.Goal(p.uuid("goals[" + g + "].id", goal.id()), goal.title(), actions));
            }
            return p.done(new WorkPlan(parsed));
        }

        static WorkPlanBody of(WorkPlan plan) {
            return new WorkPlanBody(plan.goals().stream()
                    .map(goal -> new GoalBody(
                            goal.id().toString(),
                            goal.title(),
                            goal.actions().stream()
                                    .map(a -> new ActionBody(
                                            a.what(),
                                            a.who(),
                                            a.byWhen() == null
                                                    ? null
                                                    : a.byWhen().toString(),
                                            a.status().name()))
                                    .toList()))
                    .toList());
        }
    }

    record VisitRequest(String on, String kind, Integer durationMinutes, String notes, List<String> goalIds) {
        Visit parse() {
            var p = new Parser();
            List<UUID> goals = new ArrayList<>();
            for (String goal : p.items("goalIds", goalIds)) {
                UUID id = p.uuid("goalIds", goal);
                if (id != null) {
                    goals.add(id);
                }
            }
            if (durationMinutes == null) {
                p.errors.add(new FieldError(
                        "durationMinutes", "assistance.error.duration", "Give the length in minutes, 1 to 1440."));
            }
            return p.done(new Visit(
                    null,
                    p.date("on", on),
                    p.value("kind", Visit.Kind.class, kind),
                    durationMinutes == null ? 0 : durationMinutes,
                    notes,
                    goals));
        }
    }

    record AssessmentRequest(String on, String text, String conclusion) {
        Assessment parse() {
            var p = new Parser();
            return p.done(new Assessment(null, p.date("on", on), text, conclusion));
        }
    }

    record ReportRequest(String month, String contacts, String goalsWorkedOn, String summary) {
        MonthlyReport.Edit parse() {
            var p = new Parser();
            return p.done(new MonthlyReport.Edit(p.month("month", month), contacts, goalsWorkedOn, summary));
        }
    }

    record EndRequest(String endedOn, String reason, String reasonText, String monitoringUntil) {
        Ending parse() {
            var p = new Parser();
            return p.done(new Ending(
                    p.date("endedOn", endedOn),
                    p.value("reason", Ending.EndReason.class, reason),
                    reasonText,
                    p.date("monitoringUntil", monitoringUntil)));
        }
    }

    record NoteRequest(String on, String text) {
        MonitoringNote parse() {
            var p = new Parser();
            return p.done(new MonitoringNote(p.date("on", on), text));
        }
    }

    record ItemBody(String serviceId, String serviceName, String text) {}

    record CatalogueRequest(List<ItemBody> items) {
        List<SupportItem> parse() {
            if (items == null) {
                return null;
            }
            var p = new Parser();
            List<SupportItem> parsed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    p.emptyItem("items", i);
                    continue;
                }
                parsed.add(new SupportItem(
                        p.uuid("items[" + i + "].serviceId", items.get(i).serviceId()),
                        null,
                        items.get(i).text()));
            }
            return p.done(parsed);
        }
    }

    record AuthorisationRequest(String purpose, String grantedOn, String validUntil) {
        Authorisation parse() {
            var p = new Parser();
            return p.done(new Authorisation(
                    null, purpose, p.date("grantedOn", grantedOn), p.date("validUntil", validUntil), null));
        }
    }
}
