package pl.cus.portal.plans;

import java.time.LocalDate;

/** How and when a plan was closed; after it the plan is read-only. */
public record PlanClosure(
        LocalDate closedOn,
        LocalDate summaryOn,
        String summaryNotes,
        String courseAndResults,
        PlanOutcome outcome,
        String reason,
        String closedBy) {}
