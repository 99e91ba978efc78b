/**
 * Triage: the back office's queue of new applications, routing to coordinators and workload balance.
 */
package pl.cus.portal.triage;
