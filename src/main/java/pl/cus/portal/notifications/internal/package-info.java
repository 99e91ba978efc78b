/** Notifications' implementation: the inbox and mail outbox tables, the event projector and the mail dispatcher. */
@org.jspecify.annotations.NullMarked
package pl.cus.portal.notifications.internal;
