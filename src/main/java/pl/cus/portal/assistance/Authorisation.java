package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;

/** A written authorisation (upoważnienie) for the assistant to act on the family's behalf. */
public record Authorisation(UUID id, String purpose, LocalDate grantedOn, LocalDate validUntil, LocalDate revokedOn) {

    public boolean activeOn(LocalDate day) {
        return revokedOn == null && !grantedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
