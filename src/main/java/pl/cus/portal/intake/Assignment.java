package pl.cus.portal.intake;

import java.util.UUID;

/**
 * A decision on who takes an application.
 *
 * @param assigneeId    the coordinator or family assistant
 * @param team          the assignee's team, recorded with the assignment (routing lives in triage)
 * @param reason        why; required when the organiser assigns or reassigns someone else, optional when taking it oneself
 * @param reassign      must be true to move an application that is already assigned; without it a second assignment
 *                      (two screens racing) is refused with Conflict, so both see the one assignee that won
 * @param maxOpenCases  the assignee's workload limit, enforced atomically with the assignment (e.g. 15 families per
 *                      family assistant); {@code null} for no limit
 */
public record Assignment(UUID assigneeId, String team, String reason, boolean reassign, Integer maxOpenCases) {}
