/**
 * Catalogue: programmes of social services, the services on offer locally and their providers.
 */
package pl.cus.portal.catalogue;
