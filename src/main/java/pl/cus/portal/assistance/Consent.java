package pl.cus.portal.assistance;

import java.time.LocalDate;

/**
 * The family's written consent to cooperate, which starts the work (art. 15 ustawy o wspieraniu rodziny).
 *
 * @param consentOn           the date on the signed consent; not in the future
 * @param courtOrdered        whether a court ordered the assistance: the start limit is then FA_START_COURT (5 days)
 * @param referredOn          when the plan was approved or the family referred (starts FA_DOCUMENTS); {@code null}
 *                            takes the day the application was assigned to the assistant
 * @param documentsReceivedOn when the assistant received the documents (starts FA_START); optional
 */
public record Consent(LocalDate consentOn, boolean courtOrdered, LocalDate referredOn, LocalDate documentsReceivedOn) {}
