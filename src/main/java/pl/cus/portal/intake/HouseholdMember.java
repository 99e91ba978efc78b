package pl.cus.portal.intake;

/** Someone in the household the requested services are for; every field optional but the name. */
public record HouseholdMember(String name, String relation, Integer birthYear) {}
