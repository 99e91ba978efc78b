/**
 * Statutory deadlines: the Polish working-day calendar, deadline rules, and deadline states. Other modules use
 * {@link pl.cus.portal.deadlines.Deadlines}, which applies the centre's configured policy (docs/deadlines.md).
 */
package pl.cus.portal.deadlines;
