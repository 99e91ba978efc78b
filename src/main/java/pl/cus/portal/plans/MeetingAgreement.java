package pl.cus.portal.plans;

import java.time.LocalDate;

/** One agreement from a meeting: who does what by when. */
public record MeetingAgreement(String who, String what, LocalDate by) {}
