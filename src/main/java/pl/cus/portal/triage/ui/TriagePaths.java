package pl.cus.portal.triage.ui;

import pl.cus.portal.intake.ApplicationId;

/** The back office's triage addresses. */
final class TriagePaths {

    static final String QUEUE = "backoffice/queue";
    static final String CASES = "backoffice/cases";
    static final String ROUTING = "backoffice/routing";

    private TriagePaths() {}

    static String caseOf(ApplicationId id) {
        return CASES + "/" + id.value();
    }
}
