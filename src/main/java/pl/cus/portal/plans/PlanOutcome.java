package pl.cus.portal.plans;

/** How a plan ended (art. 45): ran its course, or was interrupted (the reason is then required). */
public enum PlanOutcome {
    COMPLETED,
    INTERRUPTED
}
