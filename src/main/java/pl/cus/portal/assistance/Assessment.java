package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;

/** The periodic (at least 6-monthly) assessment of the family's situation (ocena okresowa). */
public record Assessment(UUID id, LocalDate on, String text, String conclusion) {}
