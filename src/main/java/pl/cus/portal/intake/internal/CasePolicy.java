package pl.cus.portal.intake.internal;

import java.util.UUID;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.intake.CaseView.Capabilities;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/**
 * The record-level access policy for applications in the back office, in one place for views and API alike (the table
 * is docs/access-policy.md). Pure rules on the actor's roles and the application's assignee; callers turn the answers
 * into NotFound, Forbidden and audit entries.
 */
final class CasePolicy {

    /** How much of an application a member of staff sees. */
    enum Sight {
        /** Nothing: the application is reported like an unknown one. */
        NONE,
        /** The minimal triage view: no needs, contact, household or attachments. */
        SUMMARY,
        /** Everything, including messages and files. */
        FULL
    }

    private CasePolicy() {}

    /** The organiser and the director see every application in full. */
    static boolean seesAll(Actor actor) {
        return actor.hasAny(Role.ORGANISER, Role.DIRECTOR);
    }

    /** Coordinators and family assistants take applications and see their own and the unassigned queue. */
    static boolean takesCases(Actor actor) {
        return actor.hasAny(Role.COORDINATOR, Role.FAMILY_ASSISTANT);
    }

    /** Whether the actor works with case contents at all; administrators and residents do not (here). */
    static boolean readsCases(Actor actor) {
        return seesAll(actor) || takesCases(actor);
    }

    static Sight sight(Actor actor, UUID assigneeId) {
        if (seesAll(actor)) {
            return Sight.FULL;
        }
        if (!takesCases(actor)) {
            return Sight.NONE;
        }
        if (assigneeId == null) {
            return Sight.SUMMARY;
        }
        return assigneeId.equals(actor.id()) ? Sight.FULL : Sight.NONE;
    }

    /**
     * Assessing, forwarding, refusing and writing to the resident: the assignee, or the organiser who heads the team.
     * The director reads but does not act on cases.
     */
    static boolean actsOn(Actor actor, UUID assigneeId) {
        return actor.has(Role.ORGANISER) || (assigneeId != null && assigneeId.equals(actor.id()) && takesCases(actor));
    }

    /** The organiser assigns anyone; a coordinator or family assistant only takes an application for themselves. */
    static boolean mayAssign(Actor actor, UUID assigneeId) {
        return actor.has(Role.ORGANISER) || (takesCases(actor) && actor.id().equals(assigneeId));
    }

    /**
     * Taking an unassigned application from the queue for oneself: coordinators take IPUS applications, family
     * assistants "Za życiem" ones (the organiser assigns instead).
     */
    static boolean takesFromQueue(Actor actor, ApplicationKind kind, UUID assigneeId) {
        Role role = kind == ApplicationKind.ZA_ZYCIEM ? Role.FAMILY_ASSISTANT : Role.COORDINATOR;
        return assigneeId == null && !actor.has(Role.ORGANISER) && actor.has(role);
    }

    /** What the member of staff may do with the application, for the case view. */
    static Capabilities capabilities(Actor actor, CaseSummary summary, boolean full) {
        UUID assigneeId = summary.assignee() == null ? null : summary.assignee().id();
        return new Capabilities(
                actsOn(actor, assigneeId),
                actor.has(Role.ORGANISER),
                takesFromQueue(actor, summary.kind(), assigneeId),
                assigneeId != null && assigneeId.equals(actor.id()),
                full && (summary.kind() == ApplicationKind.ZA_ZYCIEM || actor.has(Role.FAMILY_ASSISTANT)));
    }

    /** The case as the member of staff sees it, with what they may do with it; {@code details} null for a summary. */
    static CaseView caseView(Actor actor, CaseSummary summary, ApplicationView details) {
        return new CaseView(summary, details, capabilities(actor, summary, details != null));
    }
}
