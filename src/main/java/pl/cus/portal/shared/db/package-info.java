/** The embedded PostgreSQL for the default run and the tests, and the database settings derived from it. */
@org.jspecify.annotations.NullMarked
package pl.cus.portal.shared.db;
