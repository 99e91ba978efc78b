/**
 * Languages of the portal: Polish by default, English and Ukrainian; message bundles and the visitor's choice.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("i18n")
package pl.cus.portal.shared.i18n;
