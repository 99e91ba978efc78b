package pl.cus.portal.plans;

import java.time.LocalDate;

/**
 * What the coordinator writes when a plan ends (art. 45 ust. 2): the summary conversation with the family and the
 * written description of the course and results, with the outcome.
 *
 * @param summaryOn        the day of the summary conversation (not in the future)
 * @param summaryNotes     what was said in the summary conversation
 * @param courseAndResults the description of the course and results, attached to the case file
 * @param reason           why the plan was interrupted: required for {@link PlanOutcome#INTERRUPTED}
 */
public record ClosureRecord(
        LocalDate summaryOn, String summaryNotes, String courseAndResults, PlanOutcome outcome, String reason) {}
