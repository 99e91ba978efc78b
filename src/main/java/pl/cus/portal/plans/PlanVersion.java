package pl.cus.portal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a plan. Versions are numbered from 1; once agreed or approved a version never changes.
 *
 * @param reason     why this version was made; {@code null} for the first
 * @param agreedOn   when the resident agreed to this version, or {@code null}
 * @param approvedOn when the director approved this version, or {@code null}
 */
public record PlanVersion(
        int number,
        LocalDate from,
        LocalDate to,
        List<PlanItem> items,
        String goals,
        String reason,
        String writtenBy,
        Instant writtenAt,
        LocalDate agreedOn,
        LocalDate approvedOn) {

    public PlanVersion {
        items = List.copyOf(items);
    }

    /** The resident agreed to this version. */
    public boolean agreed() {
        return agreedOn != null;
    }

    /** The director approved this version. */
    public boolean approved() {
        return approvedOn != null;
    }

    /** Agreed or approved: the version never changes again, a change makes a new version. */
    public boolean frozen() {
        return agreed() || approved();
    }
}
