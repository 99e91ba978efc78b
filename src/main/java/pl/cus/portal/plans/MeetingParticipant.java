package pl.cus.portal.plans;

/**
 * Someone on the attendance list of a multi-professional meeting: the family as well as the specialists.
 *
 * @param role     the person's role or institution, e.g. "mama", "pedagog szkolny, SP 3", "asystent rodziny"
 * @param attended whether they came (invited but absent people stay on the list, so they get the agreements too)
 */
public record MeetingParticipant(String name, String role, boolean attended) {}
