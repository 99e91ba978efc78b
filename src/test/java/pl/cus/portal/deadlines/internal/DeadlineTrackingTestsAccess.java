package pl.cus.portal.deadlines.internal;

import pl.cus.portal.shared.Actor;

/** Demo actors for tests in other packages. */
public final class DeadlineTrackingTestsAccess {

    private DeadlineTrackingTestsAccess() {}

    public static Actor director() {
        return DeadlineTrackingTests.DIRECTOR;
    }
}
