/** Notifications for residents and staff, in the portal and by e-mail, discreetly (docs/notifications.md). */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: web",
            "shared :: ui",
            "shared :: i18n",
            "shared :: mail",
            "assistance",
            "calendar",
            "deadlines",
            "identity",
            "intake",
            "plans"
        })
package pl.cus.portal.notifications;
