/** Notifications' views: the header bell, the residents' and staff's notification lists and the mail outbox page. */
@org.jspecify.annotations.NullMarked
package pl.cus.portal.notifications.ui;
