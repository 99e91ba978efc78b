package pl.cus.portal.plans;

/** One meeting of a case with the case's reference, for the printable agreements page (read with one access check). */
public record MeetingSheet(String caseReference, PlanMeeting meeting) {}
