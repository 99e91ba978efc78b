package pl.cus.portal.intake;

import java.time.Instant;

/** One step in an application's history, shown to the resident in plain words. */
public record StatusChange(ApplicationStatus status, Instant at) {
}
