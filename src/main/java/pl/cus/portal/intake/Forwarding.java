package pl.cus.portal.intake;

/**
 * Where an application goes when the services fall in someone else's scope (art. 38), and why. Both texts are shown
 * to the resident.
 */
public record Forwarding(Destination destination, String destinationName, String reason) {

    public enum Destination {
        /** Another team or post in the centre. */
        CENTRE_TEAM,
        MUNICIPAL_OFFICE,
        OTHER_MUNICIPAL_UNIT
    }
}
