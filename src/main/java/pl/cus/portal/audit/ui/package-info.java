/** The back office's audit trail browser for the organiser and the director. */
@org.jspecify.annotations.NullMarked
package pl.cus.portal.audit.ui;
