package pl.cus.portal.reporting;

import java.util.Map;

/**
 * Family assistance in the period, as councils and ministries ask for it every year (families and children supported,
 * court-ordered and "Za życiem" cases, assistance completed and interrupted with the reasons). Comes from the
 * {@code assistance} module's tables; until they exist, {@link #notAvailable()}: every figure zero and
 * {@code available} false, so that nothing is mistaken for a real zero.
 */
public record FamilyAssistanceFigures(boolean available, long families, long children, long courtOrdered, long zaZyciem,
        long completed, long interrupted, Map<String, Long> interruptionReasons) {

    public FamilyAssistanceFigures {
        interruptionReasons = Map.copyOf(interruptionReasons);
    }

    public static FamilyAssistanceFigures notAvailable() {
        return new FamilyAssistanceFigures(false, 0, 0, 0, 0, 0, 0, Map.of());
    }
}
