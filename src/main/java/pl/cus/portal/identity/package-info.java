/**
 * Identity: residents' and staff accounts, sign-in and registration, roles.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: web", "shared :: ui", "shared :: i18n", "shared :: mail"})
package pl.cus.portal.identity;
