/**
 * The two layouts, resident portal and staff back office, and the pieces they share.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("ui")
package pl.cus.portal.shared.ui;
