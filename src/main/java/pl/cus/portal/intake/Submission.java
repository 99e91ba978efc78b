package pl.cus.portal.intake;

/** The result of a submit: {@code created} is false when the idempotency key returned an earlier application. */
public record Submission(ApplicationView application, boolean created) {}
