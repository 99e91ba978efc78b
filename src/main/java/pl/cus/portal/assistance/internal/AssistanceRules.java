package pl.cus.portal.assistance.internal;

import static pl.cus.portal.assistance.internal.Checks.blank;
import static pl.cus.portal.assistance.internal.Checks.error;
import static pl.cus.portal.assistance.internal.Checks.pastDate;
import static pl.cus.portal.assistance.internal.Checks.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import pl.cus.portal.shared.InvalidInput.FieldError;

/** The input rules of family assistance, pure: every broken rule is named with its field. */
final class AssistanceRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_REPORT_TEXT = 8000;
    static final int MAX_SHORT = 300;
    static final int MAX_GOALS = 20;
    static final int MAX_ITEMS = 40;
    static final int MIN_MONITORING_MONTHS = 2;
    static final int MAX_MONITORING_MONTHS = 6;

    private AssistanceRules() {}

    static List<FieldError> consent(Consent consent, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (consent == null) {
            errors.add(error("consentOn", "assistance.error.date-required", "Give the date of the written consent."));
            return errors;
        }
        pastDate(errors, "consentOn", consent.consentOn(), today, true);
        pastDate(errors, "referredOn", consent.referredOn(), today, false);
        pastDate(errors, "documentsReceivedOn", consent.documentsReceivedOn(), today, false);
        if (consent.referredOn() != null
                && consent.documentsReceivedOn() != null
                && consent.documentsReceivedOn().isBefore(consent.referredOn())) {
            errors.add(error(
                    "documentsReceivedOn",
                    "assistance.error.documents-before-referral",
                    "The documents cannot arrive before the referral."));
        }
        if (consent.consentOn() != null
                && consent.referredOn() != null
                && consent.consentOn().isBefore(consent.referredOn())) {
            errors.add(error(
                    "consentOn",
                    "assistance.error.consent-before-referral",
                    "The consent cannot come before the referral."));
        }
        return errors;
    }

    static List<FieldError> card(InformationCard card) {
        List<FieldError> errors = new ArrayList<>();
        if (card == null) {
            errors.add(error("situation", "assistance.error.text-required", "Describe the family's situation."));
            return errors;
        }
        for (int i = 0; i < card.household().size(); i++) {
            var member = card.household().get(i);
            if (member == null || blank(member.name()) || member.name().strip().length() > 120) {
                errors.add(error(
                        "household[" + i + "].name",
                        "assistance.error.member-name",
                        "Give the person's name (up to 120 characters)."));
            } else if (member.birthYear() != null && (member.birthYear() < 1900 || member.birthYear() > 2100)) {
                errors.add(error(
                        "household[" + i + "].birthYear",
                        "assistance.error.birth-year",
                        "Give a year of birth such as 2015."));
            }
        }
        text(errors, "situation", card.situation(), MAX_TEXT, true);
        text(errors, "strengths", card.strengths(), MAX_TEXT, false);
        text(errors, "difficulties", card.difficulties(), MAX_TEXT, false);
        return errors;
    }

    static List<FieldError> workPlan(WorkPlan plan) {
        List<FieldError> errors = new ArrayList<>();
        if (plan == null || plan.goals().isEmpty()) {
            errors.add(error("goals", "assistance.error.goals-empty", "Write at least one goal."));
            return errors;
        }
        if (plan.goals().size() > MAX_GOALS) {
            errors.add(error("goals", "assistance.error.goals-many", "At most " + MAX_GOALS + " goals."));
        }
        for (int g = 0; g < plan.goals().size(); g++) {
            var goal = plan.goals().get(g);
            if (goal == null) {
                errors.add(error("goals[" + g + "].title", "assistance.error.text-required", "Write the goal."));
                continue;
            }
            text(errors, "goals[" + g + "].title", goal.title(), MAX_SHORT, true);
            for (int a = 0; a < goal.actions().size(); a++) {
                var action = goal.actions().get(a);
                String field = "goals[" + g + "].actions[" + a + "]";
                if (action == null) {
                    errors.add(error(field + ".what", "assistance.error.text-required", "Write what is to be done."));
                    continue;
                }
                text(errors, field + ".what", action.what(), MAX_SHORT, true);
                text(errors, field + ".who", action.who(), 120, true);
            }
        }
        return errors;
    }

    static List<FieldError> visit(Visit visit, LocalDate consentOn, LocalDate today, Set<UUID> goals) {
        List<FieldError> errors = new ArrayList<>();
        if (visit == null) {
            errors.add(error("on", "assistance.error.date-required", "Give the date of the visit."));
            return errors;
        }
        pastDate(errors, "on", visit.on(), today, true);
        if (visit.on() != null && visit.on().isBefore(consentOn)) {
            errors.add(error(
                    "on",
                    "assistance.error.before-consent",
                    "The date cannot be before the consent (" + consentOn + ")."));
        }
        if (visit.kind() == null) {
            errors.add(error(
                    "kind", "assistance.error.visit-kind", "Choose the kind: HOME_VISIT, PHONE, OFFICE or OTHER."));
        }
        if (visit.durationMinutes() < 1 || visit.durationMinutes() > 1440) {
            errors.add(error("durationMinutes", "assistance.error.duration", "Give the length in minutes, 1 to 1440."));
        }
        text(errors, "notes", visit.notes(), MAX_TEXT, true);
        for (UUID goal : visit.goalIds()) {
            if (!goals.contains(goal)) {
                errors.add(error(
                        "goalIds", "assistance.error.goal-unknown", "Goal " + goal + " is not in the work plan."));
            }
        }
        return errors;
    }

    static List<FieldError> assessment(Assessment assessment, LocalDate consentOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (assessment == null) {
            errors.add(error("on", "assistance.error.date-required", "Give the date of the assessment."));
            return errors;
        }
        pastDate(errors, "on", assessment.on(), today, true);
        if (assessment.on() != null && assessment.on().isBefore(consentOn)) {
            errors.add(error(
                    "on",
                    "assistance.error.before-consent",
                    "The date cannot be before the consent (" + consentOn + ")."));
        }
        text(errors, "text", assessment.text(), MAX_TEXT, true);
        text(errors, "conclusion", assessment.conclusion(), MAX_TEXT, true);
        return errors;
    }

    /** The month must be known, not later than this month, and not before the consent's month. */
    static List<FieldError> month(YearMonth month, LocalDate consentOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (month == null) {
            errors.add(error("month", "assistance.error.month", "Give the month as YYYY-MM, e.g. 2026-10."));
        } else if (month.isAfter(YearMonth.from(today))) {
            errors.add(error("month", "assistance.error.month-future", "The report is for a month that has begun."));
        } else if (month.isBefore(YearMonth.from(consentOn))) {
            errors.add(error(
                    "month",
                    "assistance.error.month-before-consent",
                    "The assistance started in " + YearMonth.from(consentOn) + "."));
        }
        return errors;
    }

    static List<FieldError> report(MonthlyReport.Edit edit, LocalDate consentOn, LocalDate today) {
        List<FieldError> errors = month(edit == null ? null : edit.month(), consentOn, today);
        if (edit != null) {
            text(errors, "contacts", edit.contacts(), MAX_REPORT_TEXT, false);
            text(errors, "goalsWorkedOn", edit.goalsWorkedOn(), MAX_REPORT_TEXT, false);
            text(errors, "summary", edit.summary(), MAX_REPORT_TEXT, true);
        }
        return errors;
    }

    static List<FieldError> ending(Ending ending, LocalDate consentOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (ending == null) {
            errors.add(error("endedOn", "assistance.error.date-required", "Give the date the assistance ended."));
            return errors;
        }
        pastDate(errors, "endedOn", ending.endedOn(), today, true);
        if (ending.endedOn() != null && ending.endedOn().isBefore(consentOn)) {
            errors.add(error(
                    "endedOn",
                    "assistance.error.before-consent",
                    "The date cannot be before the consent (" + consentOn + ")."));
        }
        if (ending.reason() == null) {
            errors.add(error(
                    "reason",
                    "assistance.error.end-reason",
                    "Choose the reason: GOALS_REACHED, NO_COOPERATION_OR_RESIGNATION, MOVED_AWAY or OTHER."));
        } else if (ending.reason() == Ending.EndReason.OTHER) {
            text(errors, "reasonText", ending.reasonText(), MAX_SHORT, true);
        } else {
            text(errors, "reasonText", ending.reasonText(), MAX_SHORT, false);
        }
        errors.addAll(monitoringUntil(ending.endedOn(), ending.monitoringUntil()));
        return errors;
    }

    /** Monitoring lasts 2 to 6 months after the end: the date lies in [end + 2 months, end + 6 months]. */
    static List<FieldError> monitoringUntil(LocalDate endedOn, LocalDate until) {
        if (until == null) {
            return List.of(error(
                    "monitoringUntil",
                    "assistance.error.monitoring",
                    "Give the date monitoring ends: 2 to 6 months after the end."));
        }
        if (endedOn != null
                && (until.isBefore(endedOn.plusMonths(MIN_MONITORING_MONTHS))
                        || until.isAfter(endedOn.plusMonths(MAX_MONITORING_MONTHS)))) {
            return List.of(error(
                    "monitoringUntil",
                    "assistance.error.monitoring",
                    "Monitoring lasts 2 to 6 months after the end: between " + endedOn.plusMonths(MIN_MONITORING_MONTHS)
                            + " and " + endedOn.plusMonths(MAX_MONITORING_MONTHS) + "."));
        }
        return List.of();
    }

    static List<FieldError> monitoringNote(MonitoringNote note, LocalDate endedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (note == null) {
            errors.add(error("text", "assistance.error.text-required", "Write the note."));
            return errors;
        }
        pastDate(errors, "on", note.on(), today, true);
        if (note.on() != null && note.on().isBefore(endedOn)) {
            errors.add(
                    error("on", "assistance.error.before-end", "Monitoring notes follow the end (" + endedOn + ")."));
        }
        text(errors, "text", note.text(), MAX_TEXT, true);
        return errors;
    }

    static List<FieldError> supportItems(List<SupportItem> items, Set<UUID> offered) {
        List<FieldError> errors = new ArrayList<>();
        if (items == null) {
            errors.add(error("items", "assistance.error.items", "Send the list of items (it may be empty)."));
            return errors;
        }
        if (items.size() > MAX_ITEMS) {
            errors.add(error("items", "assistance.error.items", "At most " + MAX_ITEMS + " items."));
        }
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item == null || (item.serviceId() == null && blank(item.text()))) {
                errors.add(error(
                        "items[" + i + "]",
                        "assistance.error.item-empty",
                        "Choose a service or describe the support."));
                continue;
            }
            if (item.serviceId() != null && !offered.contains(item.serviceId())) {
                errors.add(error(
                        "items[" + i + "].serviceId",
                        "assistance.error.service-unknown",
                        "Service " + item.serviceId() + " is not offered in the catalogue."));
            }
            text(errors, "items[" + i + "].text", item.text(), MAX_SHORT, false);
        }
        return errors;
    }

    static List<FieldError> authorisation(Authorisation authorisation, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (authorisation == null) {
            errors.add(error("purpose", "assistance.error.text-required", "Write what the authorisation is for."));
            return errors;
        }
        text(errors, "purpose", authorisation.purpose(), MAX_SHORT, true);
        pastDate(errors, "grantedOn", authorisation.grantedOn(), today, true);
        if (authorisation.grantedOn() != null
                && authorisation.validUntil() != null
                && authorisation.validUntil().isBefore(authorisation.grantedOn())) {
            errors.add(error(
                    "validUntil",
                    "assistance.error.valid-until",
                    "The authorisation cannot end before it is granted."));
        }
        return errors;
    }
}
