/**
 * Plans: the individual plan of social services (IPUS, art. 39–41 and 45 ustawy o CUS) written by the coordinator,
 * agreed by the resident and approved by the director, with versions; the moment it counts as prepared for the 30-day
 * deadline; then its multi-professional meetings, monitoring, renewal, reminders before it ends and its closure.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: web", "shared :: ui", "shared :: i18n", "catalogue", "intake"})
package pl.cus.portal.plans;
