/** The audit trail's implementation: the append-only {@code access_log} table in PostgreSQL. */
@org.jspecify.annotations.NullMarked
package pl.cus.portal.audit.internal;
