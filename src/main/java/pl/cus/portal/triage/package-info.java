/**
 * Triage: the back office's queue of new applications, routing to coordinators and workload balance.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: web",
            "shared :: ui",
            "shared :: i18n",
            "assistance",
            "calendar",
            "catalogue",
            "identity",
            "intake"
        })
package pl.cus.portal.triage;
