/**
 * E-mail as a port: modules below {@code notifications} (identity) hand mails to the outbox through it without
 * depending on the notifications module, which implements it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("mail")
package pl.cus.portal.shared.mail;
