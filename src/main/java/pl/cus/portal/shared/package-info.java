/**
 * Shared kernel: the acting user and roles, domain errors, the append-only domain event log and its live stream, and
 * the registry of every module's published event types ({@link pl.cus.portal.shared.EventTypes}, decision 0024).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package pl.cus.portal.shared;
