package pl.cus.portal.plans;

/**
 * What the viewer may do with a case's plan now, as the plans' access policy decides it from who they are and the
 * plan's state; pages show exactly these actions (the services decide again on every call).
 *
 * @param write         write the plan and record meetings: the assigned coordinator or the organiser, on an open
 *                      case whose plan is not closed
 * @param approve       approve the current version: the director, while it is not approved and the plan not closed
 * @param note          write monitoring notes: a writer, while the plan is in force
 * @param renew         renew for a further period: a writer, while the plan is renewable
 * @param close         close with the summary: a writer, while the plan is in force
 */
public record PlanCapabilities(boolean write, boolean approve, boolean note, boolean renew, boolean close) {}
