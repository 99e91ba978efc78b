package pl.cus.portal.assistance;

import java.time.LocalDate;

/** A note from the monitoring after the end of the assistance. */
public record MonitoringNote(LocalDate on, String text) {}
