package pl.cus.portal.catalogue.ui;

import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.ServiceId;

/** Paths of the catalogue's views, and the intake routes it links to. */
final class CataloguePaths {

    static final String SERVICES = "portal/services";
    static final String PROGRAMMES = "portal/programmes";
    static final String APPLY = "portal/apply";
    static final String APPLY_ZA_ZYCIEM = "portal/apply/za-zyciem";

    private CataloguePaths() {}

    static String service(ServiceId id) {
        return SERVICES + "/" + id;
    }

    static String programme(ProgrammeId id) {
        return PROGRAMMES + "/" + id;
    }

    /** The intake module's IPUS application form, with this service already chosen. */
    static String requestService(ServiceId id) {
        return APPLY + "/ipus?service=" + id;
    }
}
