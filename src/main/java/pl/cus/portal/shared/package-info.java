/**
 * Shared kernel: the acting user and roles, domain errors, the append-only domain event log and its live stream.
 */
@org.jspecify.annotations.NullMarked
package pl.cus.portal.shared;
