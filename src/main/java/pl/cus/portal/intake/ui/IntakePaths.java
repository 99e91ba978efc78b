package pl.cus.portal.intake.ui;

import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.DraftId;

/** Addresses of the intake pages; other modules may link to the same strings (e.g. the catalogue's "apply" links). */
final class IntakePaths {

    static final String APPLY = "portal/apply";
    static final String IPUS = "portal/apply/ipus";
    static final String ZA_ZYCIEM = "portal/apply/za-zyciem";
    static final String MATTERS = "portal/matters";
    /** Query parameter on a matter's page that shows the "sent" confirmation above it. */
    static final String SUBMITTED = "submitted";

    private IntakePaths() {}

    static String form(ApplicationKind kind) {
        return kind == ApplicationKind.ZA_ZYCIEM ? ZA_ZYCIEM : IPUS;
    }

    static String draft(ApplicationKind kind, DraftId id) {
        return form(kind) + "/" + id;
    }

    static String matter(ApplicationId id) {
        return MATTERS + "/" + id;
    }
}
