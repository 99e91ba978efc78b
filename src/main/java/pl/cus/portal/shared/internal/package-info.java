/** The PostgreSQL event log and stream, and the shared configuration. */
@org.jspecify.annotations.NullMarked
package pl.cus.portal.shared.internal;
