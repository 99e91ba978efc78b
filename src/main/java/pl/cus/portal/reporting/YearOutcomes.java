package pl.cus.portal.reporting;

/**
 * What happened to applications in one calendar year: received, plans prepared, forwarded, refused and withdrawn
 * (each counted in the year it happened), with the family-assistance outcomes when that data exists.
 */
public record YearOutcomes(
        int year,
        long received,
        long plansPrepared,
        long forwarded,
        long refused,
        long withdrawn,
        FamilyAssistanceFigures familyAssistance) {}
