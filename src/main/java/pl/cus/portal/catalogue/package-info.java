/**
 * Catalogue: programmes of social services, the services on offer locally and their providers.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: web", "shared :: ui", "shared :: i18n"})
package pl.cus.portal.catalogue;
