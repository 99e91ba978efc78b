/**
 * Plan deadlines tracked live from the event log, their pauses, the board and the staff notices (docs/deadlines.md).
 * Due dates and states are counted by the calendar module ({@link pl.cus.portal.calendar.Deadlines}).
 */
package pl.cus.portal.deadlines;
