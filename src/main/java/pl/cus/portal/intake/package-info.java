/**
 * Intake: residents' applications for services or an IPUS and "Za życiem" support requests, their drafts and attachments.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: web",
            "shared :: ui",
            "shared :: i18n",
            "audit",
            "calendar",
            "catalogue",
            "identity"
        })
package pl.cus.portal.intake;
