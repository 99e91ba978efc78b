/** Identity's views: sign-in, registration, password change and reset, and the staff accounts page. */
@org.jspecify.annotations.NullMarked
package pl.cus.portal.identity.ui;
