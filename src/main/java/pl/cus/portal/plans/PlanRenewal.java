package pl.cus.portal.plans;

import java.time.LocalDate;

/**
 * A further period for a plan in force: the new version starts the day after the current one ends and runs 3 to 12
 * months; the services stay as they are (change them in the editor before it is agreed).
 *
 * @param to     the last day of the further period
 * @param goals  the goals for the further period; {@code null} or blank keeps the current ones
 * @param reason why the plan continues (required)
 */
public record PlanRenewal(LocalDate to, String goals, String reason) {}
