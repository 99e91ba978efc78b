/**
 * The deadline calendar, pure and shared: Polish statutory holidays, working days, the deadline rules with their
 * amounts, the centre's deadline policy ({@link pl.cus.portal.calendar.Deadlines}, configured under
 * {@code cus.deadlines.*}) and a deadline's state on a given day. It depends on no other module, so that intake,
 * assistance and triage can count due dates without depending on deadline tracking (decision 0024).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package pl.cus.portal.calendar;
