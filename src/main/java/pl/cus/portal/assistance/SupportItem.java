package pl.cus.portal.assistance;

import java.util.UUID;

/**
 * One item of the "Za życiem" individual catalogue of possible support built with the family: a service from the
 * centre's catalogue (by id; its name is copied when saved) or free text, with an optional note.
 */
public record SupportItem(UUID serviceId, String serviceName, String text) {}
