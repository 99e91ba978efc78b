package pl.cus.portal.catalogue.web;

import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.shared.web.PathId;

/** The catalogue's ids in paths; a malformed one names no entry: 404 "No such entry: …". */
final class CatalogueIds {

    static final PathId<ServiceId> SERVICE = PathId.of("id", ServiceId::new, CatalogueIds::noEntry);
    static final PathId<ProgrammeId> PROGRAMME = PathId.of("id", ProgrammeId::new, CatalogueIds::noEntry);
    static final PathId<ProviderId> PROVIDER = PathId.of("id", ProviderId::new, CatalogueIds::noEntry);

    private CatalogueIds() {}

    private static String noEntry(String id) {
        return "No such entry: " + id;
    }
}
