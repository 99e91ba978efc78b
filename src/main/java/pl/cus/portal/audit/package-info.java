/**
 * Audit: who looked at or changed which record, when and why. Staff reads of residents' records, refused reads and
 * changes are written to an append-only trail; residents read the reads of their own records, the organiser and the
 * director browse everything.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: web", "shared :: ui", "shared :: i18n"})
package pl.cus.portal.audit;
