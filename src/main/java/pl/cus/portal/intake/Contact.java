package pl.cus.portal.intake;

import java.util.EnumSet;
import java.util.Set;

/**
 * The preferred contact channel and its address (e-mail or phone number; none for {@link ContactChannel#PORTAL}).
 * Validation happens when an application is submitted, so that drafts can hold incomplete contacts.
 */
public record Contact(ContactChannel channel, String value, Set<Discretion> discretion) {

    public Contact {
        discretion = discretion == null || discretion.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(discretion));
    }
}
