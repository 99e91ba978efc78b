/** Assistance: family assistants' work with a family. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: web",
            "shared :: ui",
            "shared :: i18n",
            "calendar",
            "catalogue",
            "intake"
        })
package pl.cus.portal.assistance;
