/**
 * Plan deadlines tracked live from the event log, their pauses, the board and the staff notices (docs/deadlines.md).
 * Due dates and states are counted by the calendar module ({@link pl.cus.portal.calendar.Deadlines}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: web",
            "shared :: ui",
            "shared :: i18n",
            "calendar",
            "identity",
            "intake",
            "plans"
        })
package pl.cus.portal.deadlines;
