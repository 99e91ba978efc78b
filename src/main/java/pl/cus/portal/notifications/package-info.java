/** Notifications for residents and staff, in the portal and by e-mail, discreetly (docs/notifications.md). */
package pl.cus.portal.notifications;
