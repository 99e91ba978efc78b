/** Identity's implementation: account and token stores, sign-in security, throttles, registration and OIDC. */
@org.jspecify.annotations.NullMarked
package pl.cus.portal.identity.internal;
