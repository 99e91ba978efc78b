/**
 * Identity: residents' and staff accounts, sign-in and registration, roles.
 */
package pl.cus.portal.identity;
