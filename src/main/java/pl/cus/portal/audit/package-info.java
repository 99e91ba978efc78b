/**
 * Audit: who looked at which record, when and why. Staff reads of residents' records are written to an append-only
 * access log that the resident concerned can read.
 */
package pl.cus.portal.audit;
