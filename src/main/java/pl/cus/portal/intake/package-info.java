/**
 * Intake: residents' applications for services or an IPUS and "Za życiem" support requests, their drafts and attachments.
 */
package pl.cus.portal.intake;
