package pl.cus.portal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The coordinator's note from monitoring the plan while it runs (art. 45 ust. 1). */
public record MonitoringNote(UUID id, LocalDate notedOn, String text, String author, Instant writtenAt) {}
