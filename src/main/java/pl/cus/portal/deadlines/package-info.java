/**
 * Statutory deadlines: the Polish working-day calendar, deadline rules, and deadline states.
 */
package pl.cus.portal.deadlines;
